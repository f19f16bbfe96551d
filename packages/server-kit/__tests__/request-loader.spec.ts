import { describe, expect, it } from 'vitest';
import { inKeyOrder, requestLoader } from '@capstone/server-kit';

describe('a per-request loader', () => {
  it('answers the keys asked in one tick with one batch, in the order asked', async () => {
    const batches: string[][] = [];
    const squareOf = requestLoader(async (keys: readonly string[], _context: object) => {
      batches.push([...keys]);
      return keys.map((key) => Number(key) ** 2);
    });
    const request = {};
    const values = await Promise.all(
      ['3', '1', '2', '1'].map((key) => squareOf(request).load(key)),
    );
    expect(values).toEqual([9, 1, 4, 1]);
    expect(batches).toEqual([['3', '1', '2']]);
  });

  it('never shares what it loaded between two requests', async () => {
    let calls = 0;
    const loader = requestLoader(async (keys: readonly string[], _context: object) => {
      calls += 1;
      return keys.map(() => calls);
    });
    const first = await loader({}).load('a');
    const second = await loader({}).load('a');
    expect([first, second]).toEqual([1, 2]);
  });

  it('puts rows back in key order, with null for keys no row has', () => {
    const rows = [{ symbol: 'B' }, { symbol: 'A' }];
    expect(inKeyOrder(['A', 'C', 'B'], rows, (row) => row.symbol)).toEqual([
      { symbol: 'A' },
      null,
      { symbol: 'B' },
    ]);
  });
});
