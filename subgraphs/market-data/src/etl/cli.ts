/**
 * The ETL from the command line: `npm run etl -- backfill --from 2015-01-01 --symbols 005930`.
 * Runs the job in this process, under a run record (trigger CLI), against the configured KIS (or
 * the simulator); Ctrl-C stops it between two pages and records it as interrupted.
 */
import { ConfigError, databaseUrl, loadConfig, type Env } from '@capstone/config';
import { createLogger } from '@capstone/observability';
import { USAGE, UsageError, parseCliArgs, type CliCommand } from './cli/args.js';
import { createEtlPool, type Pool } from './storage/pool.js';
import { configuredRunnerDeps, runJob } from './jobs/runner.js';
import { ensureRunsTable, findRun, listRuns, type EtlJobName } from './runs/run-records.js';

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
  await ensureRunsTable(pool);
} catch (error) {
  process.stderr.write(
    `etl: the market-data database is not reachable or not migrated (${error instanceof Error ? error.message : String(error)}); run npm run db:migrate\n`,
  );
  await pool.end();
  process.exit(EX_UNAVAILABLE);
}

let exitCode = 0;
try {
  if (command.command === 'runs') await printRuns(pool, command.job, command.limit);
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
    const record = await findRun(pool, result.id);
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

async function printRuns(db: Pool, job: EtlJobName | null, limit: number): Promise<void> {
  for (const run of await listRuns(db, { job, limit })) {
    // As MySQL writes a DATETIME(3), in UTC.
    const queuedAt = run.queuedAt.toISOString().slice(0, 23).replace('T', ' ');
    print(
      `${String(run.id).padStart(6)}  ${run.job.padEnd(17)} ${run.trigger.padEnd(8)} ${run.status.padEnd(9)} ${queuedAt}  rows ${run.rows}, errors ${run.errorCount}${run.message ? `  ${run.message}` : ''}`,
    );
  }
}
