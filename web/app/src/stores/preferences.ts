import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { Locale } from '../format/format.js';

/**
 * Korean convention: red means up and blue means down. Some people expect the opposite
 * (green up), so it is a setting; arrows and signs always go with the colour.
 */
export type PriceColors = 'red-up' | 'green-up';

const LOCALE_KEY = 'capstone.locale';
const COLORS_KEY = 'capstone.priceColors';

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(key);
    return allowed.includes(value as T) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

function remember(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private windows may refuse storage; the choice then lasts until the tab closes.
  }
}

/** Display choices, kept in localStorage: they are not secret and should survive a restart. */
export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref<Locale>(stored(LOCALE_KEY, ['ko', 'en'], 'ko'));
  const priceColors = ref<PriceColors>(stored(COLORS_KEY, ['red-up', 'green-up'], 'red-up'));
  watch(locale, (value) => remember(LOCALE_KEY, value));
  watch(priceColors, (value) => remember(COLORS_KEY, value));
  return { locale, priceColors };
});
