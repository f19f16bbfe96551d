import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tradingDays } from '@capstone/krx-calendar';

// Real KRX daily bars of 54 stocks, read in place from ../shared (never copied into the project).
const dataDir = new URL('../../../../shared/data/krx/arclien_stock/', import.meta.url);
const FROM = '2015-01-02';
const TO = '2022-09-19';

function tradedDates(): Set<string> {
  const dates = new Set<string>();
  const files = readdirSync(dataDir).filter((name) => /^\d{6}\.csv$/.test(name));
  expect(files.length).toBe(54);
  for (const name of files) {
    for (const line of readFileSync(new URL(name, dataDir), 'utf8').split('\n')) {
      const [date, open] = line.split(',');
      // A day trades for a stock when its open is non-zero (halts carry the close with open 0).
      if (date && open && Number(open) !== 0 && date >= FROM && date <= TO) dates.add(date);
    }
  }
  return dates;
}

describe('the KRX calendar against real daily bars', () => {
  it('has exactly the trading days on which at least one of 54 stocks traded, 2015-01-02 … 2022-09-19', () => {
    const real = tradedDates();
    const calendar = new Set(tradingDays(FROM, TO));
    const onlyInData = [...real].filter((date) => !calendar.has(date)).sort();
    const onlyInCalendar = [...calendar].filter((date) => !real.has(date)).sort();
    expect({ onlyInData, onlyInCalendar }).toEqual({ onlyInData: [], onlyInCalendar: [] });
    expect(calendar.size).toBe(real.size);
    expect(calendar.size).toBe(1898);
  });
});
