import { beforeAll, describe, expect, it } from 'vitest';
import {
  alignOnKrxCalendar,
  factorStress,
  historicalStress,
  QuantInputError,
  type AlignedPrices,
  type StressInput,
} from '@capstone/quant';
import { loadKospi, loadStock, numpyReference } from './krx-data.js';

const FROM = '2015-01-02';
const TO = '2021-12-30';
const SYMBOLS = ['005930', '000660', '035420'];

describe('stress tests on real KRX data', () => {
  let aligned: AlignedPrices;
  let input: StressInput;
  let ref: any;
  beforeAll(async () => {
    aligned = alignOnKrxCalendar(
      SYMBOLS.map((code) => loadStock(code, FROM, TO)),
      { from: FROM, to: TO },
    );
    input = {
      holdings: [
        { symbol: '005930', quantity: 100, price: 78_300, sector: '반도체' },
        { symbol: '000660', quantity: 50, price: 128_000, sector: '반도체' },
        { symbol: '035420', quantity: 20, price: 378_500, sector: '인터넷' },
        // Listed too recently for any history here: beta 1 to the market, said so.
        { symbol: '999999', quantity: 10, price: 10_000 },
      ],
      history: aligned,
      factors: { market: loadKospi(FROM, TO) },
      estimation: { window: 252, minObservations: 60, asOf: TO },
    };
    ref = await numpyReference('beta_reference.py', {
      symbols: SYMBOLS,
      from: FROM,
      to: TO,
      asOf: TO,
      window: 252,
    });
  }, 60_000);

  it('passes a market shock through OLS betas that match numpy lstsq (1e-10), with their window', () => {
    const result = factorStress(input, [{ kind: 'market', change: -0.2 }]);
    result.holdings.slice(0, 3).forEach((h, i) => {
      const beta = h.betas[0]!;
      expect(Math.abs(beta.beta - ref.betas[i].beta)).toBeLessThan(1e-10);
      expect(beta.observations).toBe(252);
      expect(beta.window).toEqual({ from: ref.betas[i].from, to: ref.betas[i].to });
      expect(beta.fallback).toBeNull();
      expect(h.changePct).toBeCloseTo(-0.2 * ref.betas[i].beta, 12);
      expect(h.change).toBeCloseTo(h.valueBefore * h.changePct, 6);
    });
    const unknown = result.holdings[3]!;
    expect(unknown.betas[0]).toMatchObject({ beta: 1, observations: 0, window: null });
    expect(unknown.betas[0]!.fallback?.reasonEn).toMatch(/no price history/);
    expect(unknown.changePct).toBeCloseTo(-0.2, 15);
    const { total } = result;
    expect(total.change).toBeCloseTo(
      result.holdings.reduce((s, h) => s + h.change, 0),
      4,
    );
    expect(total.changePct).toBeCloseTo(total.valueAfter / total.valueBefore - 1, 12);
  });

  it('applies a sector shock only to that sector and a single-name shock to that name', () => {
    const result = factorStress(input, [
      { kind: 'sector', sector: '반도체', change: -0.15 },
      { kind: 'single', symbol: '035420', change: -0.3 },
    ]);
    const [samsung, hynix, naver, other] = result.holdings;
    // No semiconductor index was given: beta 1 to the sector, and the reason is stated.
    expect(samsung!.changePct).toBeCloseTo(-0.15, 15);
    expect(hynix!.betas[0]).toMatchObject({ factor: 'sector', sector: '반도체', beta: 1 });
    expect(hynix!.betas[0]!.fallback?.reasonEn).toMatch(/no index series/);
    expect(naver!.changePct).toBeCloseTo(-0.3, 15);
    expect(other!.changePct).toBe(0);
  });

  it('replays the COVID crash window with the holdings, worst day and drawdown', () => {
    const result = historicalStress(input, {
      name: 'COVID crash 2020',
      from: '2020-02-17',
      to: '2020-06-30',
      fallback: [{ kind: 'market', change: -0.35 }],
    });
    // 999999 has no history, so the replay is refused and the fallback used, with the reason.
    expect(result.method).toBe('factor-shock');
    expect(result.fallbackReason?.en).toMatch(/999999/);

    const known = { ...input, holdings: input.holdings.slice(0, 3) };
    const replay = historicalStress(known, {
      name: 'COVID crash 2020',
      from: '2020-02-17',
      to: '2020-06-30',
      fallback: [],
    });
    expect(replay.method).toBe('replay');
    const path = replay.replay!;
    expect(path.path.dates[0]).toBe('2020-02-17');
    expect(path.path.values[0]).toBeCloseTo(100 * 78_300 + 50 * 128_000 + 20 * 378_500, 6);
    expect(path.maxDrawdown).toBeLessThan(-0.2);
    expect(path.worstDay.return).toBeLessThan(-0.05);
    expect(path.worstDay.date.startsWith('2020-03')).toBe(true);
    expect(path.recovered).toBe(path.recoveryDays !== null);
    const total = replay.impact.total;
    expect(total.changePct).toBeCloseTo(path.totalReturn, 12);
  });

  it('falls back to the factor shock for a window before the data (IMF 1997) and says why', () => {
    const result = historicalStress(input, {
      name: 'IMF crisis 1997',
      from: '1997-11-01',
      to: '1998-06-30',
      fallback: [{ kind: 'market', change: -0.5 }],
    });
    expect(result.method).toBe('factor-shock');
    expect(result.replay).toBeNull();
    expect(result.impact.holdings[0]!.betas[0]!.observations).toBe(252);
  });

  it('passes a KRW/USD shock through the beta to the exchange rate, or beta 0 with the reason', () => {
    // A synthetic USD/KRW series whose daily changes are exactly half of 005930's (beta 2).
    const samsung = aligned.closes[0]!;
    const levels = [1100];
    for (let t = 1; t < samsung.length; t++)
      levels.push(levels[t - 1]! * (1 + 0.5 * (samsung[t]! / samsung[t - 1]! - 1)));
    const fx = { dates: aligned.dates, values: levels };
    const shocked = factorStress({ ...input, factors: { ...input.factors, fx } }, [
      { kind: 'fx', change: 0.1 },
    ]);
    expect(shocked.holdings[0]!.betas[0]).toMatchObject({
      factor: 'fx',
      observations: 252,
      fallback: null,
    });
    expect(shocked.holdings[0]!.betas[0]!.beta).toBeCloseTo(2, 10);
    expect(shocked.holdings[0]!.changePct).toBeCloseTo(0.2, 10);
    const without = factorStress(input, [{ kind: 'fx', change: 0.1 }]);
    expect(without.holdings[0]!.betas[0]).toMatchObject({ factor: 'fx', beta: 0 });
    expect(without.holdings[0]!.betas[0]!.fallback?.reasonKo).toBeTruthy();
  });

  it('refuses a shock below −100% and a negative quantity, naming the field', () => {
    const error = (() => {
      try {
        factorStress(input, [{ kind: 'market', change: -1.5 }]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(QuantInputError);
    expect((error as QuantInputError).field).toBe('shocks[0].change');
    expect(() =>
      factorStress({ ...input, holdings: [{ symbol: 'X', quantity: -1, price: 1 }] }, [
        { kind: 'market', change: -0.1 },
      ]),
    ).toThrow(expect.objectContaining({ field: 'holdings[0].quantity' }));
  });
});
