import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '@capstone/scenario';

/** Real KOSPI closes 2010 … 2025 beside the project (see shared/data/krx/SOURCES.md). */
const KOSPI_FILE = new URL(
  '../../../../shared/data/krx/index/kospi_close_credit_2010-2025_walnutbrown.csv',
  import.meta.url,
);
const closes = new Map(
  readFileSync(KOSPI_FILE, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([date, close]) => date && close)
    .map(([date, close]) => [date!, Number(close)]),
);
const firstDay = [...closes.keys()].sort()[0]!;

/** The deepest fall from a running peak between two days, with its peak and trough. */
function peakToTrough(from: string, to: string) {
  const days = [...closes.keys()].filter((d) => d >= from && d <= to).sort();
  let peak = days[0]!;
  let worst = { fall: 0, peak, trough: peak };
  for (const day of days) {
    if (closes.get(day)! > closes.get(peak)!) peak = day;
    const fall = closes.get(day)! / closes.get(peak)! - 1;
    if (fall < worst.fall) worst = { fall, peak, trough: day };
  }
  return worst;
}

const historical = BUILT_IN_TEMPLATES.filter((t) => t.kind === 'HISTORICAL');

describe('the historical templates', () => {
  it('each record their source: the KOSPI peak and trough inside their window', () => {
    for (const template of historical) {
      const source = template.source!;
      expect(source.series, template.id).toBe('KOSPI');
      expect(source.peak.date >= template.periodStart!, template.id).toBe(true);
      expect(source.trough.date <= template.periodEnd!, template.id).toBe(true);
      expect(source.peakToTrough, template.id).toBeLessThan(0);
    }
  });

  const covered = historical.filter((t) => t.periodStart! >= firstDay);
  it('are checked against the KOSPI file where it covers them', () => {
    expect(covered.map((t) => t.id)).toEqual([
      'euro-debt-2011',
      'covid-crash-2020',
      'rate-shock-2022',
    ]);
    expect(covered.every((t) => t.source!.verified)).toBe(true);
    expect(
      historical.filter((t) => t.periodStart! < firstDay).every((t) => !t.source!.verified),
    ).toBe(true);
  });

  it.each(covered.map((t) => [t.id, t] as const))(
    '%s: the recorded peak-to-trough, dates and closes are the file’s',
    (_id, template) => {
      const measured = peakToTrough(template.periodStart!, template.periodEnd!);
      const source = template.source!;
      expect(source.peak).toEqual({ date: measured.peak, close: closes.get(measured.peak) });
      expect(source.trough).toEqual({ date: measured.trough, close: closes.get(measured.trough) });
      expect(source.peakToTrough).toBeCloseTo(measured.fall, 4);
      // The market shock is the window's close-to-close move, within half a point of the fall.
      const market = template.shocks.find((s) => s.target === 'MARKET')!;
      const closeToClose =
        closes.get(
          [...closes.keys()]
            .filter((d) => d <= template.periodEnd!)
            .sort()
            .at(-1)!,
        )! /
          closes.get([...closes.keys()].filter((d) => d >= template.periodStart!).sort()[0]!)! -
        1;
      expect(market.change).toBeCloseTo(closeToClose, 3);
    },
  );
});
