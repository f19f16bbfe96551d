import { createI18n } from 'vue-i18n';
import type { Locale } from '../format/format.js';
import { en } from './en.js';
import { ko, type Messages } from './ko.js';

export const LOCALES: readonly Locale[] = ['ko', 'en'];

/** Korean first: the dashboard opens in Korean unless the person chose English before. */
export function createAppI18n(locale: Locale = 'ko') {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'ko',
    messages: { ko, en },
  });
}
