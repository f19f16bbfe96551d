import { parseArgs } from 'node:util';
import { CALENDAR_YEARS } from '@capstone/krx-calendar';
import type { BatchJobName } from '../jobs/runner.js';
import { ETL_JOBS, type EtlJobName, type RunParams } from '../runs/run-records.js';
import { TRACKED_INDICES, isTrackedIndex } from '../settings.js';

export const USAGE = `Usage: npm run etl -- <command> [options]

Commands:
  backfill --from YYYY-MM-DD [--to YYYY-MM-DD] [--symbols CODES] [--indices CODES]
      Collects daily bars from KIS (or the simulator) for the range, page by page, and upserts
      them: rerunning it changes nothing. --symbols takes KRX codes (005930,000660) and
      --indices index codes (${TRACKED_INDICES.map((index) => index.code).join(',')}); with neither, every tracked
      instrument and index. --to defaults to today (Asia/Seoul).
  daily
      Collects the latest daily bars of every tracked instrument and index, and fills gaps.
  master
      Refreshes the instrument master from the KIS master files.
  runs [--job ${ETL_JOBS.join('|')}] [--limit N]
      Lists the latest runs and how they ended.

Exit codes: 0 done, 1 the run failed or ended with errors, 64 bad arguments.
`;

export type CliCommand =
  | { command: 'run'; job: BatchJobName; params: RunParams }
  | { command: 'runs'; job: EtlJobName | null; limit: number }
  | { command: 'help' };

/** A bad command line: its message is printed with the usage, and the exit code is 64. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SYMBOL = /^[0-9A-Z]{6}$/;

function date(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (
    !DATE.test(value) ||
    Number.isNaN(parsed.getTime()) ||
    !parsed.toISOString().startsWith(value)
  ) {
    throw new UsageError(`${option} must be a date such as 2015-01-02, not "${value}"`);
  }
  const year = Number(value.slice(0, 4));
  if (year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last) {
    throw new UsageError(
      `${option} must be within ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}, the years the KRX calendar covers`,
    );
  }
  return value;
}

function codes(
  value: string | undefined,
  option: string,
  valid: (code: string) => boolean,
  example: string,
) {
  if (value === undefined) return [];
  const list = value
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const bad = list.filter((code) => !valid(code));
  if (list.length === 0 || bad.length > 0) {
    throw new UsageError(
      `${option} takes comma-separated codes such as ${example}${bad.length ? `; not ${bad.map((code) => `"${code}"`).join(', ')}` : ''}`,
    );
  }
  return [...new Set(list)];
}

/** Reads the command line (without node and the script); throws UsageError on anything amiss. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        symbols: { type: 'string' },
        indices: { type: 'string' },
        job: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const [command, ...rest] = positionals;
  if (!command) throw new UsageError('Name a command: backfill, daily, master or runs');
  if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}"`);
  const allowed: Record<string, string[]> = {
    backfill: ['from', 'to', 'symbols', 'indices'],
    daily: [],
    master: [],
    runs: ['job', 'limit'],
  };
  const options = allowed[command];
  if (!options) throw new UsageError(`Unknown command "${command}"`);
  const extra = Object.keys(values).filter((name) => !options.includes(name));
  if (extra.length > 0) throw new UsageError(`${command} does not take --${extra[0]}`);

  switch (command) {
    case 'backfill': {
      const from = date(values.from, '--from');
      if (!from) throw new UsageError('backfill needs --from YYYY-MM-DD');
      const to = date(values.to, '--to');
      if (to && to < from) throw new UsageError(`--to (${to}) is before --from (${from})`);
      const symbols = codes(
        values.symbols,
        '--symbols',
        (code) => SYMBOL.test(code),
        '005930,000660',
      );
      const indices = codes(
        values.indices,
        '--indices',
        isTrackedIndex,
        TRACKED_INDICES.map((index) => index.code).join(','),
      );
      return {
        command: 'run',
        job: 'BACKFILL',
        params: { from, to: to ?? null, symbols: [...symbols, ...indices] },
      };
    }
    case 'daily':
      return { command: 'run', job: 'DAILY_BARS', params: {} };
    case 'master':
      return { command: 'run', job: 'INSTRUMENT_MASTER', params: {} };
    default: {
      const job = values.job?.toUpperCase() ?? null;
      if (job !== null && !(ETL_JOBS as readonly string[]).includes(job)) {
        throw new UsageError(`--job must be one of ${ETL_JOBS.join(', ')}`);
      }
      const limit = values.limit === undefined ? 20 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
        throw new UsageError('--limit must be a whole number from 1 to 500');
      }
      return { command: 'runs', job: job as EtlJobName | null, limit };
    }
  }
}
