import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import {
  COLORS_KEY,
  LOCALE_KEY,
  rememberPreference,
  storedLocale,
  storedPreference,
} from '../local-preferences.js';

/**
 * Korean convention: red means up and blue means down. Some people expect the opposite
 * (green up), so it is a setting; arrows and signs always go with the colour.
 */
export type PriceColors = 'red-up' | 'green-up';

/** Display choices, kept in localStorage (local-preferences.ts). */
export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref(storedLocale());
  const priceColors = ref<PriceColors>(
    storedPreference(COLORS_KEY, ['red-up', 'green-up'], 'red-up'),
  );
  watch(locale, (value) => rememberPreference(LOCALE_KEY, value));
  watch(priceColors, (value) => rememberPreference(COLORS_KEY, value));
  return { locale, priceColors };
});
