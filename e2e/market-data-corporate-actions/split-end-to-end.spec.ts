import { beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '@capstone/test-platform';
import { useClockedEtlPlatform } from '../market-data-etl/clocked-platform.js';

/**
 * A split from the KIS simulator to the portfolio's value history, through the ETL worker and
 * the gateway, on one moving clock (Asia/Seoul, 17:00, after the official close):
 *
 * - Wednesday 2026-11-25: the history is collected; a portfolio buys 10 Samsung Electronics.
 * - Samsung Electronics splits 5:1 from Friday 2026-11-27 (halted on the 26th): the master file
 *   of the 27th announces it (par 100 → 20); that day's run collects the history again.
 * - SK hynix splits 2:1 from Monday 2026-11-30: no master refresh that day, so the next daily
 *   run (Tuesday) finds it by KIS's flags on the bar (prtt_rate 0.50) and collects again.
 */
const { platform, setNow } = useClockedEtlPlatform('2026-11-25T08:00:00Z', {
  services: ['accounts', 'portfolio', 'market-data', 'gateway', 'etl-worker'],
  kisSimulator: { symbols: ['005930', '000660'], historyFrom: '2026-06-01' },
});

let user: SignedInUser;

async function run(job: 'INSTRUMENT_MASTER' | 'DAILY_BARS') {
  const result = await platform.etlWorker!.run(job, 'MANUAL');
  expect(result.status).toBe('SUCCEEDED');
  const [rows] = await platform.etlWorker!.pool.query('SELECT message FROM EtlRun WHERE id = ?', [
    result.id,
  ]);
  return (rows as { message: string }[])[0]!.message;
}

interface Bar {
  date: string;
  close: string;
  rawClose: string;
  splitRatio: string | null;
}

async function history(symbol: string): Promise<Bar[]> {
  const response = await user.ask<{ instrument: { priceHistory: Bar[] } }>(
    `query History($symbol: String!) {
       instrument(symbol: $symbol) {
         priceHistory(from: "2026-11-18", to: "2026-12-01") { date close rawClose splitRatio }
       }
     }`,
    { symbol },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.instrument.priceHistory;
}

let portfolioId: string;

beforeAll(async () => {
  user = await platform.signUp('holder');
  expect(await run('INSTRUMENT_MASTER')).toMatch(/the 2 largest common stocks tracked/);
  await run('DAILY_BARS');
  const bought = (await history('005930')).find((bar) => bar.date === '2026-11-20')!;
  const created = await user.ask<{ createPortfolio: { id: string } }>(
    'mutation { createPortfolio(input: { name: "Split", cash: "0" }) { id } }',
  );
  portfolioId = created.data!.createPortfolio.id;
  // The ledger is checked in date order: the cash is there before the back-dated buy.
  const deposit = await user.ask(
    `mutation Deposit($portfolioId: ID!) {
       recordLedgerEntry(input: { portfolioId: $portfolioId, type: DEPOSIT, amount: "100000000",
         occurredAt: "2026-11-20T00:00:00Z" }) { id }
     }`,
    { portfolioId },
  );
  expect(deposit.errors).toBeUndefined();
  const buy = await user.ask(
    `mutation Buy($portfolioId: ID!, $price: Decimal!) {
       recordLedgerEntry(input: { portfolioId: $portfolioId, type: BUY, symbol: "005930",
         quantity: "10", price: $price, occurredAt: "2026-11-20T06:30:00Z" }) { id }
     }`,
    { portfolioId, price: bought.rawClose },
  );
  expect(buy.errors).toBeUndefined();
  platform.kisSimulator!.addSplit({
    symbol: '005930',
    date: '2026-11-27',
    ratio: 5,
    haltedFrom: '2026-11-26',
  });
  platform.kisSimulator!.addSplit({ symbol: '000660', date: '2026-11-30', ratio: 2 });
});

describe('a split, from KIS to the ledger', () => {
  it('is announced by the master file, and the ETL collects the history again that day', async () => {
    setNow('2026-11-27T08:00:00Z');
    expect(await run('INSTRUMENT_MASTER')).toMatch(/par-value changes: 005930 ×5/);
    expect(await run('DAILY_BARS')).toMatch(
      /history collected again after a corporate action: 005930 \(\d+ bars\)/,
    );
    const bars = await history('005930');
    // The raw closes are as traded; the adjusted ones are on the new basis, five times smaller.
    for (const bar of bars) {
      expect(Math.abs(Number(bar.rawClose) / 5 - Number(bar.close))).toBeLessThanOrEqual(0.5);
    }
    expect(bars.some((bar) => bar.date === '2026-11-26')).toBe(false); // halted
  });

  it('is found by KIS’s flags on the bar when no master file announced it', async () => {
    setNow('2026-12-01T08:00:00Z');
    const message = await run('DAILY_BARS');
    expect(message).toMatch(/history collected again after a corporate action: 000660/);
    expect(message).not.toMatch(/005930 \(/); // collected again once, not every day
    const bars = await history('000660');
    const splitDay = bars.find((bar) => bar.date === '2026-11-30')!;
    expect(splitDay.splitRatio).toBe('0.5');
    const before = bars.find((bar) => bar.date === '2026-11-27')!;
    expect(Math.abs(Number(before.rawClose) / 2 - Number(before.close))).toBeLessThanOrEqual(0.5);
    // Adjusted prices run through the split; raw ones halve.
    expect(Math.abs(Number(splitDay.close) / Number(before.close) - 1)).toBeLessThan(0.3);
    expect(Number(splitDay.rawClose) / Number(before.rawClose)).toBeLessThan(0.7);
  });

  it('is recorded once per split, with its share factor, for the ledger to read in order', async () => {
    const response = await user.ask<{
      corporateActions: Record<string, unknown>[];
    }>(
      '{ corporateActions { id symbol effectiveOn kind shareFactor source recollectedBars historyRecollectedAt } }',
    );
    expect(response.errors).toBeUndefined();
    const actions = response.data!.corporateActions;
    expect(
      actions.map(({ symbol, effectiveOn, kind, shareFactor, source }) => ({
        symbol,
        effectiveOn,
        kind,
        shareFactor,
        source,
      })),
    ).toEqual([
      {
        symbol: '005930',
        effectiveOn: '2026-11-27',
        kind: 'SPLIT',
        shareFactor: '5',
        source: 'MASTER_FILE',
      },
      {
        symbol: '000660',
        effectiveOn: '2026-11-30',
        kind: 'SPLIT',
        shareFactor: '2',
        source: 'BAR_FLAGS',
      },
    ]);
    for (const action of actions) {
      expect(action.historyRecollectedAt).not.toBeNull();
      expect(action.recollectedBars).toBeGreaterThan(100);
    }
    const after = await user.ask<{ corporateActions: { symbol: string }[] }>(
      'query After($id: ID!) { corporateActions(afterId: $id) { symbol } }',
      { id: actions[0]!.id as string },
    );
    expect(after.data!.corporateActions.map((action) => action.symbol)).toEqual(['000660']);
  });
});

/**
 * The ledger's part: the portfolio subgraph follows the corporate actions (through the gateway)
 * and records a SPLIT line for each holder; valuations use raw closes with split-adjusted shares.
 */
describe('the ledger of a holder', () => {
  interface Line {
    type: string;
    symbol: string | null;
    shareFactor: string | null;
    corporateActionId: string | null;
    occurredAt: string;
  }
  async function ledger() {
    const response = await user.ask<{
      portfolio: { transactions: Line[]; holdings: { symbol: string; quantity: string }[] };
    }>(
      `query Ledger($id: ID!) {
         portfolio(id: $id) {
           transactions { type symbol shareFactor corporateActionId occurredAt }
           holdings { symbol quantity }
         }
       }`,
      { id: portfolioId },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.portfolio;
  }

  it('gets a SPLIT entry, and its value history has no jump across the split', async () => {
    let splits: Line[] = [];
    for (let attempt = 0; attempt < 100 && splits.length === 0; attempt++) {
      splits = (await ledger()).transactions.filter((line) => line.type === 'SPLIT');
      if (splits.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Samsung Electronics only: the portfolio never held SK hynix.
    expect(splits).toMatchObject([
      {
        symbol: '005930',
        shareFactor: '5',
        corporateActionId: expect.any(String),
        occurredAt: '2026-11-26T15:00:00.000Z', // midnight in Seoul on the ex-date
      },
    ]);
    expect((await ledger()).holdings).toEqual([{ symbol: '005930', quantity: '50' }]);
    const values = await user.ask<{
      portfolio: { valueHistory: { date: string; value: string }[] };
    }>(
      'query Values($id: ID!) { portfolio(id: $id) { valueHistory(from: "2026-11-20", to: "2026-12-01") { date value } } }',
      { id: portfolioId },
    );
    expect(values.errors).toBeUndefined();
    const points = values.data!.portfolio.valueHistory.map((point) => Number(point.value));
    expect(points.length).toBeGreaterThan(4);
    for (let i = 1; i < points.length; i++) {
      // 10 shares against 100 million won of cash: no day moves the whole by 1%.
      expect(Math.abs(points[i]! / points[i - 1]! - 1)).toBeLessThan(0.01);
    }
  });

  it('records each split once, however often the follower passes', async () => {
    await new Promise((resolve) => setTimeout(resolve, 7_000)); // two more passes
    const splits = (await ledger()).transactions.filter((line) => line.type === 'SPLIT');
    expect(splits).toHaveLength(1);
  });
});
