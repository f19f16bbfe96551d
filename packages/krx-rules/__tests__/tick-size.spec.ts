import { describe, expect, it } from 'vitest';
import { isOnTickGrid, roundToTick, tickRule, tickSize, type Market } from '@capstone/krx-rules';

const tick = (price: number, market: Market, date: string) => tickSize(price, { market, date });

/** Each `[price, tick]` edge as the table of `market` on `date` gives it. */
function expectEdges(edges: Array<[number, number]>, market: Market, date: string): void {
  for (const [price, expected] of edges) {
    expect(tick(price, market, date), `${market} ${price} on ${date}`).toBe(expected);
  }
}

describe('tick sizes', () => {
  it('follow the unified table at every band edge since 2023-01-25', () => {
    const edges: Array<[number, number]> = [
      [1_999, 1],
      [2_000, 5],
      [4_999, 5],
      [5_000, 10],
      [19_999, 10],
      [20_000, 50],
      [49_999, 50],
      [50_000, 100],
      [199_999, 100],
      [200_000, 500],
      [499_999, 500],
      [500_000, 1_000],
    ];
    for (const market of ['KOSPI', 'KOSDAQ', 'KONEX'] as const) {
      expectEdges(edges, market, '2024-06-14');
    }
  });

  it('follow the old KOSPI table at every band edge before it', () => {
    const edges: Array<[number, number]> = [
      [999, 1],
      [1_000, 5],
      [4_999, 5],
      [5_000, 10],
      [9_999, 10],
      [10_000, 50],
      [49_999, 50],
      [50_000, 100],
      [99_999, 100],
      [100_000, 500],
      [499_999, 500],
      [500_000, 1_000],
    ];
    expectEdges(edges, 'KOSPI', '2022-06-14');
  });

  it('follow the old KOSDAQ table, 100 won from 50,000 up, before it', () => {
    const edges: Array<[number, number]> = [
      [999, 1],
      [1_000, 5],
      [4_999, 5],
      [5_000, 10],
      [9_999, 10],
      [10_000, 50],
      [49_999, 50],
      [50_000, 100],
      [499_999, 100],
      [500_000, 100],
    ];
    expectEdges(edges, 'KOSDAQ', '2022-06-14');
  });

  it('switch tables between 2023-01-24 and 2023-01-25', () => {
    expect(tick(1_500, 'KOSPI', '2023-01-24')).toBe(5);
    expect(tick(1_500, 'KOSPI', '2023-01-25')).toBe(1);
    expect(tick(15_000, 'KOSPI', '2023-01-24')).toBe(50);
    expect(tick(15_000, 'KOSPI', '2023-01-25')).toBe(10);
    expect(tick(150_000, 'KOSPI', '2023-01-24')).toBe(500);
    expect(tick(150_000, 'KOSPI', '2023-01-25')).toBe(100);
    expect(tick(300_000, 'KOSDAQ', '2023-01-24')).toBe(100);
    expect(tick(300_000, 'KOSDAQ', '2023-01-25')).toBe(500);
    expect(tickRule({ market: 'KOSDAQ', date: '2023-01-24' }).id).toBe(
      'tick.stock.kosdaq-pre-2023',
    );
  });

  it('are 5 won at every level for ETFs, ETNs and ELWs', () => {
    for (const securityType of ['ETF', 'ETN', 'ELW'] as const) {
      for (const date of ['2022-06-14', '2024-06-14']) {
        for (const price of [500, 1_500, 15_000, 150_000]) {
          expect(tickSize(price, { market: 'KOSPI', securityType, date })).toBe(5);
        }
      }
    }
  });
});

describe('the tick grid', () => {
  it('rounds down, up and to the nearest tick', () => {
    const old = { market: 'KOSPI', date: '2022-06-14' } as const;
    const unified = { market: 'KOSPI', date: '2024-06-14' } as const;
    expect(roundToTick(15_123, old, 'down')).toBe(15_100);
    expect(roundToTick(15_123, old, 'up')).toBe(15_150);
    expect(roundToTick(15_123, old)).toBe(15_100);
    expect(roundToTick(15_123, unified, 'down')).toBe(15_120);
    expect(roundToTick(15_123, unified, 'up')).toBe(15_130);
    expect(roundToTick(15_125, unified)).toBe(15_130);
  });

  it('lands on the grid when rounding crosses into a coarser band, and never below one tick', () => {
    const unified = { market: 'KOSDAQ', date: '2024-06-14' } as const;
    expect(roundToTick(4_998, unified, 'up')).toBe(5_000);
    expect(roundToTick(199_999.5, unified, 'up')).toBe(200_000);
    expect(roundToTick(0.3, unified)).toBe(1);
    expect(roundToTick(0.3, { ...unified, securityType: 'ETF' })).toBe(5);
  });

  it('accepts only whole multiples of the tick at the price', () => {
    expect(isOnTickGrid(15_120, { market: 'KOSPI', date: '2024-06-14' })).toBe(true);
    expect(isOnTickGrid(15_120, { market: 'KOSPI', date: '2022-06-14' })).toBe(false);
    expect(isOnTickGrid(2_003, { market: 'KOSPI', date: '2024-06-14' })).toBe(false);
    expect(isOnTickGrid(1_999, { market: 'KOSPI', date: '2024-06-14' })).toBe(true);
    expect(isOnTickGrid(1_999.5, { market: 'KOSPI', date: '2024-06-14' })).toBe(false);
  });
});
