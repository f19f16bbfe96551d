/**
 * ETL ingest throughput: 1,000,000 daily bars upserted into MySQL/MariaDB through the ETL's
 * ingest path (multi-row INSERT … ON DUPLICATE KEY UPDATE in batched transactions), against
 * LOAD DATA LOCAL INFILE of the same rows into the same empty table, in the same run, on a
 * fresh scratch database. Prints a Markdown table.
 *
 *   npm run bench:etl-ingest
 *   BENCH_ROWS=200000 BENCH_BATCH_ROWS=2000 BENCH_PARALLEL=2 npm run bench:etl-ingest
 */
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { Readable } from 'node:stream';
import { databaseUrl, loadConfig } from '@capstone/config';
import { dropDatabase, migrate } from '@capstone/db';
import { prismaFiles } from '@capstone/market-data';
import { createEtlPool, upsertDailyBars, type DailyBarRow } from '@capstone/market-data/etl';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BATCH_ROWS = Number(process.env.BENCH_BATCH_ROWS ?? 2_000);
const TRANSACTION_ROWS = Number(process.env.BENCH_TRANSACTION_ROWS ?? 20_000);
const PARALLEL = Number(process.env.BENCH_PARALLEL ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/** Bars per symbol: about ten years of trading days. */
const DAYS = 2_500;

const config = loadConfig();
const scratch = { ...config, DATABASE_PREFIX: `capstone_bench_${randomBytes(3).toString('hex')}` };
const url = databaseUrl(scratch, 'market-data');

/** Deterministic bars: `ROWS / DAYS` symbols, each with DAYS consecutive weekdays. */
function makeBars(): DailyBarRow[] {
  const symbols = Math.ceil(ROWS / DAYS);
  const days: string[] = [];
  for (let day = Date.UTC(2000, 0, 3); days.length < DAYS; day += 86_400_000) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(day).toISOString().slice(0, 10));
  }
  const bars: DailyBarRow[] = [];
  for (let s = 0; s < symbols && bars.length < ROWS; s++) {
    const symbol = String(100_000 + s);
    let price = 10_000 + s * 10;
    for (const date of days) {
      if (bars.length === ROWS) break;
      price = Math.max(100, price + ((s * 7 + bars.length) % 11) * 10 - 50);
      bars.push({
        symbol,
        date,
        open: String(price),
        high: String(price + 100),
        low: String(price - 100),
        close: String(price + 50),
        volume: String(1_000 + (bars.length % 977) * 13),
        rawClose: String(price + 50),
        splitRatio: null,
        exDateCode: null,
        revaluationReason: null,
      });
    }
  }
  return bars;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

await migrate({ url, migrationsDir: prismaFiles.migrationsDir });
const pool = createEtlPool(url, { connectionLimit: Math.max(PARALLEL, 2) });
try {
  const [[localInfile]] = (await pool.query("SHOW VARIABLES LIKE 'local_infile'")) as unknown as [
    { Value: string }[],
  ];
  let enabledInfile = false;
  if (localInfile?.Value !== 'ON') {
    // Off by default on MySQL 8: LOAD DATA LOCAL needs it on the server (needs SUPER or
    // SYSTEM_VARIABLES_ADMIN); it is set back when the benchmark ends.
    await pool.query('SET GLOBAL local_infile = 1');
    enabledInfile = true;
  }
  const bars = makeBars();
  const symbols = [...new Set(bars.map((bar) => bar.symbol))];
  await pool.query(
    `INSERT INTO Instrument (symbol, nameKo, market, updatedAt) VALUES ${symbols.map(() => "(?, ?, 'KOSPI', NOW(3))").join(', ')}`,
    symbols.flatMap((symbol) => [symbol, `bench ${symbol}`]),
  );

  const csv = () =>
    Readable.from(
      (function* () {
        const chunk: string[] = [];
        for (const bar of bars) {
          chunk.push(
            `${bar.symbol}\t${bar.date}\t${bar.open}\t${bar.high}\t${bar.low}\t${bar.close}\t${bar.volume}\t${bar.rawClose}\n`,
          );
          if (chunk.length === 10_000) yield Buffer.from(chunk.splice(0).join(''));
        }
        if (chunk.length) yield Buffer.from(chunk.join(''));
      })(),
    );

  const results: { method: string; round: number; seconds: number; rows: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    await pool.query('TRUNCATE TABLE DailyBar');
    let start = process.hrtime.bigint();
    const stats = await upsertDailyBars(pool, bars, {
      batchRows: BATCH_ROWS,
      transactionRows: TRANSACTION_ROWS,
      parallel: PARALLEL,
    });
    results.push({ method: 'ingest', round, seconds: seconds(start), rows: stats.rows });

    start = process.hrtime.bigint();
    const again = await upsertDailyBars(pool, bars, {
      batchRows: BATCH_ROWS,
      transactionRows: TRANSACTION_ROWS,
      parallel: PARALLEL,
    });
    if (again.changed !== 0) throw new Error(`a rerun changed ${again.changed} rows`);
    results.push({ method: 'rerun', round, seconds: seconds(start), rows: again.rows });

    await pool.query('TRUNCATE TABLE DailyBar');
    start = process.hrtime.bigint();
    const [loaded] = (await pool.query({
      sql: "LOAD DATA LOCAL INFILE 'bars.tsv' INTO TABLE DailyBar FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (symbol, date, open, high, low, close, volume, rawClose)",
      infileStreamFactory: csv,
    })) as unknown as [{ affectedRows: number }];
    results.push({ method: 'load', round, seconds: seconds(start), rows: loaded.affectedRows });
  }
  if (enabledInfile) await pool.query('SET GLOBAL local_infile = 0');

  const best = (method: string) => {
    const runs = results.filter((result) => result.method === method);
    for (const run of runs) {
      if (run.rows !== ROWS) throw new Error(`${method} wrote ${run.rows} rows, not ${ROWS}`);
    }
    return Math.max(...runs.map((run) => run.rows / run.seconds));
  };
  const ingest = best('ingest');
  const rerun = best('rerun');
  const load = best('load');
  const [[server]] = (await pool.query('SELECT VERSION() AS version')) as unknown as [
    { version: string }[],
  ];
  const cpu = cpus();
  const rate = (value: number) => Math.round(value).toLocaleString('en-US');
  process.stdout.write(
    [
      '',
      `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, server ${server?.version}${localInfile?.Value === 'ON' ? '' : ' (local_infile switched on for the run)'}`,
      `${ROWS.toLocaleString('en-US')} bars, ${symbols.length} symbols; ingest: ${BATCH_ROWS} rows a statement, ${TRANSACTION_ROWS} a transaction, ${PARALLEL} connection(s); best of ${ROUNDS} rounds`,
      '',
      '| method                                       |   bars/s | ratio to LOAD DATA |',
      '| -------------------------------------------- | -------: | -----------------: |',
      ...[
        ['ETL ingest: upsert into the empty table', ingest],
        ['ETL ingest: rerun, every row already there', rerun],
        ['LOAD DATA LOCAL INFILE into the empty table', load],
      ].map(
        ([label, value]) =>
          `| ${String(label).padEnd(44)} | ${rate(Number(value)).padStart(8)} | ${(Number(value) / load).toFixed(2).padStart(18)} |`,
      ),
      '',
    ].join('\n'),
  );
} finally {
  await pool.end();
  await dropDatabase(url);
}
