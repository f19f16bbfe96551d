import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { graphql, signUp, startPlatform, type TestPlatform } from '@capstone/test-platform';
import { runEtlCli } from './cli.js';

/** Real KRX daily bars beside the project, never copied into it. */
const ARCLIEN = fileURLToPath(new URL('../../../shared/data/krx/arclien_stock', import.meta.url));

/** The CSV's trading days: rows with open 0 are weekends, holidays and halts. */
function csvCloses(symbol: string): { date: string; close: string }[] {
  return readFileSync(`${ARCLIEN}/${symbol}.csv`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(','))
    .filter(([, open]) => open !== '0')
    .map(([date, , , , close]) => ({ date: date!, close: close! }));
}

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform({
    services: ['accounts', 'market-data', 'gateway'],
    kisSimulator: {
      dataDir: ARCLIEN,
      symbols: ['005930', '000660'],
      rateLimits: { real: 1_000, mock: 1_000 },
    },
  });
});
afterAll(() => platform?.stop());

const runCount = () =>
  withConnection(databaseUrl(platform.config, 'market-data'), async (connection) => {
    const [row] = (await connection.query('SELECT COUNT(*) AS n FROM EtlRun')) as { n: bigint }[];
    return Number(row?.n);
  });

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

    const user = await signUp(platform.graphqlUrl, 'replay');
    const answer = await graphql<{
      instrument: { nameKo: string; priceHistory: { date: string; close: string }[] };
    }>(
      platform.graphqlUrl,
      '{ instrument(symbol: "005930") { nameKo priceHistory(from: "2015-01-02", to: "2022-09-19") { date close } } }',
      {},
      user.headers,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.instrument.nameKo).toBe('삼성전자');
    const expected = csvCloses('005930');
    expect(expected).toHaveLength(1895);
    expect(answer.data?.instrument.priceHistory).toEqual(expected);
  });

  it('refuses bad arguments with a usage message and exit code 64, before touching anything', async () => {
    const before = await runCount();
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
    expect(await runCount()).toBe(before);
  });
});
