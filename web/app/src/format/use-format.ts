import { useI18n } from 'vue-i18n';
import {
  formatDateTime,
  formatDay,
  formatKrw,
  formatNumber,
  formatPercent,
  formatPrice,
  formatTime,
  type Locale,
  type MoneyOptions,
} from './format.js';

type Value = number | string | null | undefined;

/** The formatters bound to the page's current language. */
export function useFormat() {
  const { locale } = useI18n();
  const current = () => locale.value as Locale;
  return {
    krw: (value: Value, options?: MoneyOptions) => formatKrw(value, current(), options),
    price: (value: Value) => formatPrice(value, current()),
    percent: (value: Value, options?: { signed?: boolean; digits?: number }) =>
      formatPercent(value, current(), options),
    number: (value: Value, options?: { digits?: number; minimumDigits?: number }) =>
      formatNumber(value, current(), options),
    day: (value: string | null | undefined) => formatDay(value, current()),
    dateTime: (value: string | null | undefined) => formatDateTime(value, current()),
    time: (value: string | null | undefined) => formatTime(value, current()),
    locale: current,
  };
}
