import type { Locale } from '../format/format.js';
import { DEFAULT_THEME, type ChartTheme } from './options.js';

/** The chart colours as the page's CSS has them now (they follow the red-up/green-up setting). */
export function currentTheme(locale: Locale): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    ...DEFAULT_THEME,
    locale,
    up: read('--up', DEFAULT_THEME.up),
    down: read('--down', DEFAULT_THEME.down),
    flat: read('--flat', DEFAULT_THEME.flat),
    accent: read('--accent', DEFAULT_THEME.accent),
    text: read('--text', DEFAULT_THEME.text),
    muted: read('--muted', DEFAULT_THEME.muted),
  };
}
