/**
 * Calendar rebalancing: the first trading day of each month, quarter or year among the dates
 * (aligned KRX trading days), plus the first date, when the portfolio is first invested.
 */
export type CalendarFrequency = 'none' | 'monthly' | 'quarterly' | 'yearly';

export type RebalanceRule =
  | { every: CalendarFrequency }
  /** Rebalance at a close where any weight is more than `threshold` (absolute, 0.05 = 5 %p) off target. */
  | { every: 'threshold'; threshold: number };

function periodKey(date: string, frequency: CalendarFrequency): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (frequency === 'monthly') return date.slice(0, 7);
  if (frequency === 'quarterly') return `${year}Q${Math.ceil(month / 3)}`;
  return year;
}

/** Indexes of the dates that start a new period (the first date always does). */
export function calendarRebalanceDays(
  dates: readonly string[],
  frequency: CalendarFrequency,
): Set<number> {
  const days = new Set<number>([0]);
  if (frequency === 'none') return days;
  for (let t = 1; t < dates.length; t++) {
    if (periodKey(dates[t]!, frequency) !== periodKey(dates[t - 1]!, frequency)) days.add(t);
  }
  return days;
}
