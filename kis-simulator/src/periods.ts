import type { ChartPeriod } from '@capstone/kis-client';
import { addDays, weekday } from '@capstone/krx-calendar';
import type { SimulatedBar } from './types.js';

export type Period = ChartPeriod;

export const isPeriod = (value: string): value is Period => ['D', 'W', 'M', 'Y'].includes(value);

/** A bar with its traded value: the common shape of stock and index chart rows. */
export type Row = SimulatedBar & { value: number };

function periodKey(date: string, period: Period): string {
  switch (period) {
    case 'D':
      return date;
    case 'W':
      // Weeks run Monday to Sunday; the key is the Monday.
      return addDays(date, -((weekday(date) + 6) % 7));
    case 'M':
      return date.slice(0, 7);
    case 'Y':
      return date.slice(0, 4);
  }
}

/**
 * Weekly, monthly or yearly rows from daily ones (oldest first in, oldest first out). A period's
 * row is dated by its last trading day, the day whose close it carries.
 */
export function aggregate(rows: readonly Row[], period: Period): Row[] {
  if (period === 'D') return [...rows];
  const result: Row[] = [];
  let key = '';
  for (const row of rows) {
    const rowKey = periodKey(row.date, period);
    const current = result.at(-1);
    if (current && rowKey === key) {
      current.date = row.date;
      current.high = Math.max(current.high, row.high);
      current.low = Math.min(current.low, row.low);
      current.close = row.close;
      current.volume += row.volume;
      current.value += row.value;
    } else {
      key = rowKey;
      result.push({ ...row });
    }
  }
  return result;
}
