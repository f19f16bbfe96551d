import type { Locale } from './format/format.js';

/**
 * Display choices kept in localStorage: not secret, and they should survive a restart. Apart
 * from the preferences store, so that the entry point can read the language without it.
 */
export const LOCALE_KEY = 'capstone.locale';
export const COLORS_KEY = 'capstone.priceColors';

export function storedPreference<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  try {
    const value = localStorage.getItem(key);
    return allowed.includes(value as T) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

export function rememberPreference(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private windows may refuse storage; the choice then lasts until the tab closes.
  }
}

export const storedLocale = (): Locale => storedPreference(LOCALE_KEY, ['ko', 'en'], 'ko');
