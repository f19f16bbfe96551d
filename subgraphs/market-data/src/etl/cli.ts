/**
 * The ETL from the command line: `npm run etl -- backfill --from 2015-01-01 --symbols 005930`.
 * Runs the job in this process, under a run record (trigger CLI), against the configured KIS (or
 * the simulator); Ctrl-C stops it between two pages and records it as interrupted.
 */
import { ConfigError, databaseUrl, loadConfig, type Env } from '@capstone/config';
import { createLogger } from '@capstone/observability';
import { USAGE, UsageError, parseCliArgs, type CliCommand } from './cli-args.js';
import { createEtlPool, type Pool } from './pool.js';
import { configuredRunnerDeps, runJob } from './runner.js';

const EX_USAGE = 64;
const EX_UNAVAILABLE = 69;
const EX_CONFIG = 78;

const print = (text: string) => process.stdout.write(`${text}\n`);

let command: CliCommand;
try {
  command = parseCliArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`etl: ${error.message}\n\n${USAGE}`);
  process.exit(EX_USAGE);
}
if (command.command === 'help') {
  print(USAGE);
  process.exit(0);
}

let config: Env;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`etl: ${error.message}\n`);
  process.exit(EX_CONFIG);
}

const logger = createLogger('etl', config.LOG_LEVEL);
const pool = createEtlPool(databaseUrl(config, 'market-data'));
try {
  await pool.query('SELECT 1 FROM EtlRun LIMIT 1');
} catch (error) {
  process.stderr.write(
    `etl: the market-data database is not reachable or not migrated (${error instanceof Error ? error.message : String(error)}); run npm run db:migrate\n`,
  );
  await pool.end();
  process.exit(EX_UNAVAILABLE);
}

let exitCode = 0;
try {
  if (command.command === 'runs') await listRuns(pool, command.job, command.limit);
  else exitCode = await runOnce(command);
} finally {
  await pool.end();
}
process.exit(exitCode);

async function runOnce(run: Extract<CliCommand, { command: 'run' }>): Promise<number> {
  const { deps, close } = await configuredRunnerDeps(config, pool, logger);
  const { source } = deps;
  const stop = new AbortController();
  const interrupt = () => {
    process.stderr.write('etl: stopping after the current page\n');
    stop.abort();
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    print(
      `» ${run.job} from ${source.kind === 'kis' ? `KIS (${source.env})` : 'the KIS simulator'} at ${source.restUrl}`,
    );
    const result = await runJob(
      deps,
      { job: run.job, trigger: 'CLI', params: run.params },
      stop.signal,
    );
    const [rows] = await pool.query(
      'SELECT `rows`, rowsChanged, errorCount, errors, message FROM EtlRun WHERE id = ?',
      [result.id],
    );
    const record = (
      rows as {
        rows: number;
        rowsChanged: number;
        errorCount: number;
        errors: string | null;
        message: string | null;
      }[]
    )[0];
    print(
      `run ${result.id} ${result.status}: ${record?.rows ?? 0} rows written (${record?.rowsChanged ?? 0} new or changed), ${record?.errorCount ?? 0} errors${record?.message ? `\n  ${record.message}` : ''}`,
    );
    if (record?.errors)
      print(
        record.errors
          .split('\n')
          .map((line) => `  error: ${line}`)
          .join('\n'),
      );
    return result.status === 'SUCCEEDED' || result.status === 'SKIPPED' ? 0 : 1;
  } finally {
    await close();
  }
}

async function listRuns(db: Pool, job: string | null, limit: number): Promise<void> {
  const [rows] = await db.query(
    `SELECT id, job, \`trigger\`, status, queuedAt, finishedAt, \`rows\`, errorCount, message FROM EtlRun
      ${job ? 'WHERE job = ?' : ''} ORDER BY id DESC LIMIT ?`,
    job ? [job, limit] : [limit],
  );
  for (const run of rows as Record<string, string | number | null>[]) {
    print(
      `${String(run.id).padStart(6)}  ${String(run.job).padEnd(17)} ${String(run.trigger).padEnd(8)} ${String(run.status).padEnd(9)} ${String(run.queuedAt)}  rows ${run.rows}, errors ${run.errorCount}${run.message ? `  ${run.message}` : ''}`,
    );
  }
}
