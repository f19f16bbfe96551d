/**
 * Warnings the calendar raises instead of throwing. The package also runs in the browser, so the
 * default goes to `console.warn` (present in both) rather than Node's `process.emitWarning`.
 */
export interface CalendarWarning {
  code: 'KRX_CALENDAR_RULE_FALLBACK';
  /** The year answered from the rules alone. */
  year: number;
  message: string;
}

export type CalendarWarningHandler = (warning: CalendarWarning) => void;

interface MinimalConsole {
  warn(message: string): void;
}

const defaultHandler: CalendarWarningHandler = (warning) => {
  (globalThis as { console?: MinimalConsole }).console?.warn(
    `[${warning.code}] ${warning.message}`,
  );
};

let handler: CalendarWarningHandler = defaultHandler;
const warnedYears = new Set<number>();

/**
 * Routes calendar warnings to `next` (`null` restores the console default) and returns the handler
 * it replaces. Each uncovered year is warned about once per handler, so a new handler hears about
 * every year again.
 */
export function setCalendarWarningHandler(
  next: CalendarWarningHandler | null,
): CalendarWarningHandler {
  const previous = handler;
  handler = next ?? defaultHandler;
  warnedYears.clear();
  return previous;
}

export function warnRuleFallback(year: number, first: number, last: number): void {
  if (warnedYears.has(year)) return;
  warnedYears.add(year);
  handler({
    code: 'KRX_CALENDAR_RULE_FALLBACK',
    year,
    message:
      `KRX 휴장일 표는 ${first}–${last}년만 담고 있어 ${year}년은 주말과 고정 공휴일 규칙으로만 ` +
      `판단합니다(설·추석·부처님오신날·선거일·임시공휴일 누락). / The KRX holiday table covers ` +
      `${first}–${last}; ${year} is answered from weekends and fixed solar holidays only (lunar ` +
      `holidays, election days and temporary holidays are missing).`,
  });
}
