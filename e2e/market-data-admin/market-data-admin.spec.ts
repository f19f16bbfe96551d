import { beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { usePlatform, type ApiKeyCaller, type SignedInUser } from '@capstone/test-platform';

const platform = usePlatform({
  services: ['accounts', 'market-data', 'gateway', 'etl-worker'],
  kisSimulator: { symbols: ['005930', '000660'], rateLimits: { real: 1_000, mock: 1_000 } },
  env: {
    ETL_CATCH_UP_ON_START: 'false',
    ETL_LIVE_QUOTES: 'off',
    ETL_QUEUE_POLL_MS: '200',
    KIS_REQUESTS_PER_SECOND: '200',
  },
});
let admin: SignedInUser;
let user: SignedInUser;
let adminKey: ApiKeyCaller;

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.code;

interface Run {
  id: string;
  status: string;
  rows: number;
  rowsChanged: number;
  errorCount: number;
  errors: string[];
  message: string | null;
}
const RUN_FIELDS = 'id status rows rowsChanged errorCount errors message';

/** Queues a run through the API and waits for the separate worker process to finish it. */
async function triggerAndWait(args: string): Promise<Run> {
  const queued = await admin.ask<{ triggerEtlRun: Run }>(
    `mutation { triggerEtlRun(${args}) { ${RUN_FIELDS} } }`,
  );
  expect(queued.errors).toBeUndefined();
  expect(queued.data?.triggerEtlRun.status).toBe('QUEUED');
  const id = queued.data!.triggerEtlRun.id;
  for (let attempt = 0; attempt < 300; attempt++) {
    const runs = await admin.ask<{ etlRuns: Run[] }>(`{ etlRuns(limit: 100) { ${RUN_FIELDS} } }`);
    const run = runs.data?.etlRuns.find((candidate) => candidate.id === id);
    if (run && !['QUEUED', 'RUNNING'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`run ${id} did not finish`);
}

beforeAll(async () => {
  admin = await platform.admin();
  user = await platform.signUp('ordinary');
  adminKey = await admin.createApiKey(['MARKET_READ'], 'admin key');
});

describe('runs queued through the API', () => {
  it('reach the worker in its own process, which refreshes the master and records the run', async () => {
    const run = await triggerAndWait('job: INSTRUMENT_MASTER');
    expect(run).toMatchObject({ status: 'SUCCEEDED', rows: 2, errorCount: 0, errors: [] });
    expect(run.message).toMatch(/the 2 largest common stocks tracked \(2 newly\)/);
  });

  it('backfill instruments and indices, which the gateway then serves', async () => {
    const run = await triggerAndWait(
      'job: BACKFILL, symbols: ["005930", "0001"], from: "2024-01-02", to: "2024-03-29"',
    );
    const expected =
      platform
        .kisSimulator!.dailyBars('005930')
        .filter((bar) => bar.date >= '2024-01-02' && bar.date <= '2024-03-29').length +
      platform
        .kisSimulator!.indexBars('0001')
        .filter((bar) => bar.date >= '2024-01-02' && bar.date <= '2024-03-29').length;
    expect(run).toMatchObject({ status: 'SUCCEEDED', rows: expected, rowsChanged: expected });
    const answer = await user.ask(
      `{ instrument(symbol: "005930") { tracked priceHistory(from: "2024-01-02", to: "2024-03-29") { date close } }
         indexHistory(code: "0001", from: "2024-01-02", to: "2024-03-29") { date close } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.instrument.tracked).toBe(true);
    expect(answer.data?.instrument.priceHistory.length + answer.data?.indexHistory.length).toBe(
      expected,
    );
    expect(answer.data?.indexHistory[0]).toEqual({
      date: '2024-01-02',
      close: platform
        .kisSimulator!.indexBars('0001')
        .find((bar) => bar.date === '2024-01-02')!
        .close.toFixed(2)
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, ''),
    });
  });

  it('record what failed: an instrument KIS does not know makes the run PARTIAL, with the error', async () => {
    // Straight into the database: instruments come only from KIS's master file, so no API can
    // create one that KIS does not know.
    await withConnection(databaseUrl(platform.config, 'market-data'), (connection) =>
      connection.query(
        "INSERT INTO Instrument (symbol, nameKo, market, updatedAt) VALUES ('999990', '없는종목', 'KOSPI', NOW(3))",
      ),
    );
    const run = await triggerAndWait(
      'job: BACKFILL, symbols: ["000660", "999990"], from: "2024-01-02", to: "2024-01-31"',
    );
    expect(run.status).toBe('PARTIAL');
    expect(run.rows).toBeGreaterThan(0);
    expect(run.errorCount).toBe(1);
    expect(run.errors[0]).toMatch(/^999990 2024-01-02…2024-01-31: .*no such instrument 999990/);
  });

  it('report how fresh each job is to any reader', async () => {
    const answer = await user.ask<{
      etlStatus: { job: string; lastStatus: string | null; lastSucceededAt: string | null }[];
    }>('{ etlStatus { job lastStatus lastSucceededAt queued } }');
    expect(answer.errors).toBeUndefined();
    const byJob = Object.fromEntries(answer.data!.etlStatus.map((status) => [status.job, status]));
    expect(byJob.INSTRUMENT_MASTER?.lastStatus).toBe('SUCCEEDED');
    expect(byJob.BACKFILL?.lastStatus).toBe('PARTIAL');
    expect(byJob.LIVE_QUOTES?.lastStatus).toBeNull();
  });
});

describe('instrument search', () => {
  it('finds an instrument by Korean name, English name (any case) or code', async () => {
    for (const query of ['삼성전자', '삼성', 'samsung elec', 'SAMSUNG', '0059', '005930']) {
      const answer = await user.ask<{ searchInstruments: { symbol: string }[] }>(
        'query($q: String!) { searchInstruments(query: $q) { symbol } }',
        { q: query },
      );
      expect(answer.errors, query).toBeUndefined();
      expect(
        answer.data?.searchInstruments.map((found) => found.symbol),
        query,
      ).toContain('005930');
    }
  });
});

describe('tracking', () => {
  it('an administrator’s choice sticks across master refreshes', async () => {
    const untracked = await admin.ask(
      'mutation { trackInstrument(symbol: "000660", tracked: false) { symbol tracked } }',
    );
    expect(untracked.errors).toBeUndefined();
    expect(untracked.data?.trackInstrument).toEqual({ symbol: '000660', tracked: false });
    await triggerAndWait('job: INSTRUMENT_MASTER');
    const answer = await user.ask('{ instrument(symbol: "000660") { tracked } }');
    expect(answer.data?.instrument.tracked).toBe(false);
  });
});

describe('the trading calendar', () => {
  it('names the holidays and gives session hours in UTC', async () => {
    const answer = await user.ask<{ tradingCalendar: Record<string, unknown>[] }>(
      '{ tradingCalendar(from: "2026-02-13", to: "2026-02-19") { date tradingDay holidayNameKo holidayNameEn opensAt closesAt } }',
    );
    expect(answer.errors).toBeUndefined();
    const days = answer.data!.tradingCalendar;
    expect(days.map((day) => day.tradingDay)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(days[0]).toMatchObject({
      date: '2026-02-13',
      opensAt: '2026-02-13T00:00:00.000Z',
      closesAt: '2026-02-13T06:30:00.000Z',
    });
    expect(days[3]).toMatchObject({
      date: '2026-02-16',
      holidayNameKo: '설날',
      holidayNameEn: 'Seollal (Lunar New Year)',
      opensAt: null,
    });
  });
});

describe('bad input', () => {
  const cases: [string, string, string][] = [
    ['a malformed code', '{ instrument(symbol: "12345") { symbol } }', 'BAD_USER_INPUT'],
    [
      'an unknown symbol in quotes',
      '{ quotes(symbols: ["005930", "999999"]) { symbol } }',
      'NOT_FOUND',
    ],
    [
      'an inverted price history',
      '{ instrument(symbol: "005930") { priceHistory(from: "2024-02-01", to: "2024-01-01") { date } } }',
      'BAD_USER_INPUT',
    ],
    [
      'a malformed index code',
      '{ indexHistory(code: "01", from: "2024-01-01", to: "2024-02-01") { date } }',
      'BAD_USER_INPUT',
    ],
    [
      'an index that is not collected',
      '{ indexHistory(code: "0002", from: "2024-01-01", to: "2024-02-01") { date } }',
      'NOT_FOUND',
    ],
    [
      'an inverted index range',
      '{ indexHistory(code: "0001", from: "2024-02-01", to: "2024-01-01") { date } }',
      'BAD_USER_INPUT',
    ],
    [
      'an inverted calendar range',
      '{ tradingCalendar(from: "2026-02-01", to: "2026-01-01") { date } }',
      'BAD_USER_INPUT',
    ],
    [
      'a calendar outside the years it covers',
      '{ tradingCalendar(from: "2009-12-25", to: "2010-01-05") { date } }',
      'BAD_USER_INPUT',
    ],
  ];
  it.each(cases)('%s gets a coded error', async (_name, query, code) => {
    const answer = await user.ask(query);
    expect(codeOf(answer), JSON.stringify(answer.errors)).toBe(code);
  });

  const mutations: [string, string, string][] = [
    [
      'an unknown symbol to backfill',
      'triggerEtlRun(job: BACKFILL, symbols: ["005930", "999999"], from: "2024-01-01") { id }',
      'NOT_FOUND',
    ],
    [
      'a malformed symbol to backfill',
      'triggerEtlRun(job: BACKFILL, symbols: ["12AB"], from: "2024-01-01") { id }',
      'BAD_USER_INPUT',
    ],
    [
      'an index that is not collected',
      'triggerEtlRun(job: BACKFILL, symbols: ["0002"], from: "2024-01-01") { id }',
      'NOT_FOUND',
    ],
    [
      'an inverted backfill range',
      'triggerEtlRun(job: BACKFILL, from: "2024-02-01", to: "2024-01-01") { id }',
      'BAD_USER_INPUT',
    ],
    ['a backfill without a start', 'triggerEtlRun(job: BACKFILL) { id }', 'BAD_USER_INPUT'],
    [
      'a range for a job that takes none',
      'triggerEtlRun(job: DAILY_BARS, from: "2024-01-01") { id }',
      'BAD_USER_INPUT',
    ],
    ['the live stream as a run', 'triggerEtlRun(job: LIVE_QUOTES) { id }', 'BAD_USER_INPUT'],
    [
      'tracking an unknown symbol',
      'trackInstrument(symbol: "999999", tracked: true) { symbol }',
      'NOT_FOUND',
    ],
    [
      'tracking a malformed code',
      'trackInstrument(symbol: "1234", tracked: true) { symbol }',
      'BAD_USER_INPUT',
    ],
    ['cancelling a run that does not exist', 'cancelEtlRun(id: "999999") { id }', 'NOT_FOUND'],
  ];
  it.each(mutations)(
    '%s gets a coded error, and nothing is written',
    async (_name, mutation, code) => {
      const before = await admin.ask<{ etlRuns: { id: string }[] }>(
        '{ etlRuns(limit: 100) { id } }',
      );
      const answer = await admin.ask(`mutation { ${mutation} }`);
      expect(codeOf(answer), JSON.stringify(answer.errors)).toBe(code);
      const after = await admin.ask<{ etlRuns: { id: string }[] }>(
        '{ etlRuns(limit: 100) { id } }',
      );
      expect(after.data?.etlRuns).toEqual(before.data?.etlRuns);
    },
  );
});

describe('administration', () => {
  const operations = [
    'mutation { trackInstrument(symbol: "005930", tracked: true) { symbol } }',
    'mutation { triggerEtlRun(job: DAILY_BARS) { id } }',
    'mutation { cancelEtlRun(id: "1") { id } }',
    '{ etlRuns { id } }',
  ];
  it.each(operations)(
    'is refused to a normal user, to an API key and to anonymous callers: %s',
    async (operation) => {
      expect(codeOf(await user.ask(operation))).toBe('FORBIDDEN');
      // Even an administrator's own key: keys act within scopes, and none of them administers.
      expect(codeOf(await adminKey.ask(operation))).toBe('FORBIDDEN');
      expect(codeOf(await platform.anonymous.ask(operation))).toBe('UNAUTHENTICATED');
    },
  );

  /**
   * A run as a worker leaves it behind, straight into the database: no API starts a run in
   * another process and then kills that process mid-run (a crashed worker), nor starts the
   * live stream's run without a live stream.
   */
  const insertRun = (job: string, heartbeat: string) =>
    withConnection(databaseUrl(platform.config, 'market-data'), async (connection) => {
      const result = await connection.query(
        `INSERT INTO EtlRun (job, \`trigger\`, status, queuedAt, startedAt, heartbeatAt)
           VALUES (?, 'SCHEDULE', 'RUNNING', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), ${heartbeat})`,
        [job],
      );
      return String((result as { insertId: number | bigint }).insertId);
    });

  it('sees a run left RUNNING by a worker that died marked failed while the worker runs', async () => {
    const id = await insertRun('DAILY_BARS', 'UTC_TIMESTAMP(3) - INTERVAL 10 MINUTE');
    let run: Run | undefined;
    for (let attempt = 0; attempt < 50 && run?.status !== 'FAILED'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const runs = await admin.ask<{ etlRuns: Run[] }>(`{ etlRuns(limit: 100) { ${RUN_FIELDS} } }`);
      run = runs.data?.etlRuns.find((candidate) => candidate.id === id);
    }
    expect(run).toMatchObject({
      status: 'FAILED',
      message: 'Interrupted: the process running it stopped before it finished',
    });
  });

  it('refuses to cancel the live stream, which follows the schedule', async () => {
    const id = await insertRun('LIVE_QUOTES', 'UTC_TIMESTAMP(3)');
    const answer = await admin.ask<{ cancelEtlRun: Run }>(
      'mutation($id: ID!) { cancelEtlRun(id: $id) { id } }',
      { id },
    );
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    const runs = await admin.ask<{ etlRuns: (Run & { cancelRequested: boolean })[] }>(
      '{ etlRuns(job: LIVE_QUOTES) { id status cancelRequested } }',
    );
    expect(runs.data?.etlRuns).toEqual([{ id, status: 'RUNNING', cancelRequested: false }]);
  });

  it('lets an administrator cancel a queued run before the worker takes it', async () => {
    await platform.stopService('etl-worker');
    const queued = await admin.ask<{ triggerEtlRun: Run }>(
      'mutation { triggerEtlRun(job: DAILY_BARS) { id status } }',
    );
    const cancelled = await admin.ask<{ cancelEtlRun: Run & { cancelRequested: boolean } }>(
      'mutation($id: ID!) { cancelEtlRun(id: $id) { id status cancelRequested } }',
      { id: queued.data!.triggerEtlRun.id },
    );
    expect(cancelled.data?.cancelEtlRun).toMatchObject({
      status: 'CANCELLED',
      cancelRequested: true,
    });
    const again = await admin.ask('mutation($id: ID!) { cancelEtlRun(id: $id) { id } }', {
      id: queued.data!.triggerEtlRun.id,
    });
    expect(codeOf(again)).toBe('CONFLICT');
  });
});
