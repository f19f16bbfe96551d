import { beforeAll, describe, expect, it } from 'vitest';
import { KRX_DATA_DIR, readKrxBars, usePlatform, type SignedInUser } from '@capstone/test-platform';
import { runEtlCli } from './cli.js';

/** The CSV's trading days (rows with open 0 are weekends, holidays and halts), date and close. */
const csvCloses = (symbol: string) =>
  readKrxBars(symbol).map(({ date, close }) => ({ date, close }));

const platform = usePlatform({
  services: ['accounts', 'market-data', 'gateway'],
  kisSimulator: {
    dataDir: KRX_DATA_DIR,
    symbols: ['005930', '000660'],
    rateLimits: { real: 1_000, mock: 1_000 },
  },
});

let admin: SignedInUser;
beforeAll(async () => {
  admin = await platform.admin();
});

/** The ids of the ETL runs an administrator sees, newest first. */
async function recordedRuns(): Promise<string[]> {
  const response = await admin.ask<{ etlRuns: { id: string }[] }>('{ etlRuns(limit: 100) { id } }');
  expect(response.errors).toBeUndefined();
  return response.data!.etlRuns.map((run) => run.id);
}

describe('npm run etl -- backfill', () => {
  it('replays the real bars through the simulator, and the gateway serves every close of them', async () => {
    const run = await runEtlCli(
      ['backfill', '--from', '2015-01-01', '--to', '2022-09-19', '--symbols', '005930'],
      platform.config,
      { KIS_REQUESTS_PER_SECOND: '500' },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /run \d+ SUCCEEDED: 1895 rows written \(1895 new or changed\), 0 errors/,
    );

    const user = await platform.signUp('replay');
    const answer = await user.ask<{
      instrument: { nameKo: string; priceHistory: { date: string; close: string }[] };
    }>(
      '{ instrument(symbol: "005930") { nameKo priceHistory(from: "2015-01-02", to: "2022-09-19") { date close } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.instrument.nameKo).toBe('삼성전자');
    const expected = csvCloses('005930');
    expect(expected).toHaveLength(1895);
    expect(answer.data?.instrument.priceHistory).toEqual(expected);
  });

  it('refuses bad arguments with a usage message and exit code 64, before touching anything', async () => {
    const before = await recordedRuns();
    const cases = [
      ['backfill', '--symbols', '005930'],
      ['backfill', '--from', '2015-02-30'],
      ['backfill', '--from', '2016-01-01', '--to', '2015-01-01'],
      ['backfill', '--from', '2016-01-01', '--symbols', '5930'],
      ['backfill', '--from', '2016-01-01', '--indices', '0002'],
      ['refresh'],
      ['backfill', '--from', '2016-01-01', '--color'],
    ];
    const runs = await Promise.all(cases.map((args) => runEtlCli(args, platform.config)));
    runs.forEach((run, index) => {
      expect(run.code, cases[index]!.join(' ')).toBe(64);
      expect(run.stderr).toMatch(/^etl: .+\n\nUsage: npm run etl -- <command>/);
    });
    expect(await recordedRuns()).toEqual(before);
    // Seven CLI processes start at once, each compiling TypeScript: on two busy cores that
    // takes longer than the default 30 s.
  }, 120_000);
});
