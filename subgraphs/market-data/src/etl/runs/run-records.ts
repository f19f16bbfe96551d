/**
 * EtlRun, the record of every ETL run, is read and written here only: by the worker and the
 * command line as they run jobs, and by the GraphQL API as administrators queue, cancel and
 * follow runs. The ETL's raw mysql2 pool is the one way in; the job, trigger and status names
 * are Prisma's enums, so that the schema declares them once.
 */
import { EtlJob, type EtlRunStatus, type EtlTrigger } from '../schema-enums.js';
import type { Pool } from '../storage/pool.js';

export const ETL_JOBS = Object.values(EtlJob);
export type EtlJobName = EtlJob;
export type EtlTriggerName = EtlTrigger;
export type EtlStatusName = EtlRunStatus;

/** What a run is asked to cover; empty means the job's default (every tracked instrument). */
export interface RunParams {
  symbols?: readonly string[] | null;
  /** YYYY-MM-DD. */
  from?: string | null;
  to?: string | null;
  requestedBy?: string | null;
}

export interface RunRecord {
  id: number;
  job: EtlJobName;
  trigger: EtlTriggerName;
  status: EtlStatusName;
  params: RunParams;
}

/** The outcome a job reports; the recorder adds what it counted along the way. */
export interface RunOutcome {
  status?: Extract<EtlStatusName, 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'SKIPPED' | 'CANCELLED'>;
  message?: string;
}

/** A RUNNING run whose heartbeat is older than this was interrupted (crash, kill, lost host). */
export const STALE_AFTER_MS = 120_000;

export async function createRun(
  pool: Pool,
  job: EtlJobName,
  trigger: EtlTriggerName,
  params: RunParams,
  status: 'QUEUED' | 'RUNNING',
  now = new Date(),
): Promise<number> {
  const [result] = await pool.query(
    `INSERT INTO EtlRun (job, \`trigger\`, status, symbols, fromDate, toDate, requestedBy, queuedAt,
       startedAt, heartbeatAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      job,
      trigger,
      status,
      params.symbols?.length ? params.symbols.join(',') : null,
      params.from ?? null,
      params.to ?? null,
      params.requestedBy ?? null,
      now,
      status === 'RUNNING' ? now : null,
      status === 'RUNNING' ? now : null,
    ],
  );
  return (result as { insertId: number }).insertId;
}

interface RunRow {
  id: number;
  job: EtlJobName;
  trigger: EtlTriggerName;
  status: EtlStatusName;
  symbols: string | null;
  fromDate: string | null;
  toDate: string | null;
  requestedBy: string | null;
}

const recordOf = (row: RunRow): RunRecord => ({
  id: row.id,
  job: row.job,
  trigger: row.trigger,
  status: row.status,
  params: {
    symbols: row.symbols ? row.symbols.split(',') : null,
    from: row.fromDate,
    to: row.toDate,
    requestedBy: row.requestedBy,
  },
});

/**
 * Takes the oldest queued run, if any, and marks it RUNNING. The conditional UPDATE makes the
 * claim safe when two workers poll at once: only one of them changes the row.
 */
export async function claimQueuedRun(pool: Pool): Promise<RunRecord | null> {
  for (;;) {
    const [rows] = await pool.query(
      "SELECT id, job, `trigger`, status, symbols, fromDate, toDate, requestedBy FROM EtlRun WHERE status = 'QUEUED' ORDER BY id LIMIT 1",
    );
    const row = (rows as RunRow[])[0];
    if (!row) return null;
    const now = new Date();
    const [result] = await pool.query(
      "UPDATE EtlRun SET status = 'RUNNING', startedAt = ?, heartbeatAt = ? WHERE id = ? AND status = 'QUEUED'",
      [now, now, row.id],
    );
    if ((result as { affectedRows: number }).affectedRows === 1) {
      return recordOf({ ...row, status: 'RUNNING' });
    }
  }
}

/** Marks runs whose worker stopped without finishing them; returns how many. */
export async function failInterruptedRuns(pool: Pool, staleAfterMs = STALE_AFTER_MS) {
  const now = new Date();
  const [result] = await pool.query(
    `UPDATE EtlRun SET status = 'FAILED', finishedAt = ?, errorCount = errorCount + 1,
       message = 'Interrupted: the process running it stopped before it finished'
     WHERE status = 'RUNNING' AND (heartbeatAt IS NULL OR heartbeatAt < ?)`,
    [now, new Date(now.getTime() - staleAfterMs)],
  );
  return (result as { affectedRows: number }).affectedRows;
}

/** An EtlRun row, as the API and the command line show it. */
export interface EtlRunRow {
  id: number;
  job: EtlJobName;
  trigger: EtlTriggerName;
  status: EtlStatusName;
  /** KRX and index codes, comma-separated; null means every tracked one. */
  symbols: string | null;
  fromDate: Date | null;
  toDate: Date | null;
  requestedBy: string | null;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  cancelRequestedAt: Date | null;
  rows: number;
  rowsChanged: number;
  errorCount: number;
  /** The first errors, one a line. */
  errors: string | null;
  message: string | null;
}

const ROW_COLUMNS =
  'id, job, `trigger`, status, symbols, fromDate, toDate, requestedBy, queuedAt, startedAt, finishedAt, cancelRequestedAt, `rows`, rowsChanged, errorCount, errors, message';

// The ETL pool reads DATE and DATETIME as strings, in UTC; another pool may give Dates.
/** A DATETIME as the ETL pool returns it (a UTC string, see createEtlPool), as an instant. */
export const instantOf = (value: string | Date | null): Date | null =>
  value === null || value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
const dayOf = (value: string | Date | null): Date | null =>
  value === null || value instanceof Date ? value : new Date(`${value}T00:00:00Z`);

type StoredRow = Omit<
  EtlRunRow,
  'fromDate' | 'toDate' | 'queuedAt' | 'startedAt' | 'finishedAt' | 'cancelRequestedAt'
> &
  Record<
    'fromDate' | 'toDate' | 'queuedAt' | 'startedAt' | 'finishedAt' | 'cancelRequestedAt',
    string | Date | null
  >;

const rowOf = (row: StoredRow): EtlRunRow => ({
  ...row,
  fromDate: dayOf(row.fromDate),
  toDate: dayOf(row.toDate),
  queuedAt: instantOf(row.queuedAt)!,
  startedAt: instantOf(row.startedAt),
  finishedAt: instantOf(row.finishedAt),
  cancelRequestedAt: instantOf(row.cancelRequestedAt),
});

/** Throws when the database is not reachable or not migrated as far as EtlRun. */
export async function ensureRunsTable(pool: Pool): Promise<void> {
  await pool.query('SELECT 1 FROM EtlRun LIMIT 1');
}

export async function findRun(pool: Pool, id: number): Promise<EtlRunRow | null> {
  const [rows] = await pool.query(`SELECT ${ROW_COLUMNS} FROM EtlRun WHERE id = ?`, [id]);
  const row = (rows as StoredRow[])[0];
  return row ? rowOf(row) : null;
}

/** The latest runs, newest first. */
export async function listRuns(
  pool: Pool,
  { job, status, limit }: { job?: EtlJobName | null; status?: EtlStatusName | null; limit: number },
): Promise<EtlRunRow[]> {
  const where = [job ? 'job = ?' : null, status ? 'status = ?' : null].filter(Boolean);
  const [rows] = await pool.query(
    `SELECT ${ROW_COLUMNS} FROM EtlRun ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY id DESC LIMIT ?`,
    [...(job ? [job] : []), ...(status ? [status] : []), limit],
  );
  return (rows as StoredRow[]).map(rowOf);
}

/** Queues a batch run for the worker, which claims it on its next poll (claimQueuedRun). */
export async function queueRun(
  pool: Pool,
  job: Exclude<EtlJobName, 'LIVE_QUOTES'>,
  params: RunParams,
): Promise<EtlRunRow> {
  const queuedAt = new Date();
  const id = await createRun(pool, job, 'MANUAL', params, 'QUEUED', queuedAt);
  // The row as written, not read back: the worker may claim it at once, and the caller asked
  // to queue it.
  return {
    id,
    job,
    trigger: 'MANUAL',
    status: 'QUEUED',
    symbols: params.symbols?.length ? params.symbols.join(',') : null,
    fromDate: dayOf(params.from ?? null),
    toDate: dayOf(params.to ?? null),
    requestedBy: params.requestedBy ?? null,
    queuedAt,
    startedAt: null,
    finishedAt: null,
    cancelRequestedAt: null,
    rows: 0,
    rowsChanged: 0,
    errorCount: 0,
    errors: null,
    message: null,
  };
}

/** How a cancel request went. */
export type CancelOutcome =
  | { kind: 'cancelled' | 'stop-requested'; run: EtlRunRow }
  | { kind: 'missing' | 'live-stream' | 'already-ended' };

/**
 * A queued run is cancelled at once; a running one is asked to stop, and its job stops at its
 * next checkpoint (RunRecorder.checkpoint) as CANCELLED. The live stream is never cancelled:
 * stopping it would end the stream until the next scheduled start, recorded as a success. Each
 * step is a conditional UPDATE, so a run the worker takes or finishes meanwhile is not missed.
 */
export async function cancelRun(pool: Pool, id: number): Promise<CancelOutcome> {
  const run = await findRun(pool, id);
  if (!run) return { kind: 'missing' };
  if (run.job === 'LIVE_QUOTES') return { kind: 'live-stream' };
  const now = new Date();
  if (run.status === 'QUEUED') {
    const [result] = await pool.query(
      "UPDATE EtlRun SET status = 'CANCELLED', cancelRequestedAt = ?, finishedAt = ? WHERE id = ? AND status = 'QUEUED'",
      [now, now, id],
    );
    if ((result as { affectedRows: number }).affectedRows === 1) {
      return { kind: 'cancelled', run: (await findRun(pool, id))! };
    }
  }
  const [result] = await pool.query(
    "UPDATE EtlRun SET cancelRequestedAt = ? WHERE id = ? AND status = 'RUNNING'",
    [now, id],
  );
  if ((result as { affectedRows: number }).affectedRows === 0) return { kind: 'already-ended' };
  return { kind: 'stop-requested', run: (await findRun(pool, id))! };
}

export interface JobStatus {
  job: EtlJobName;
  /** Its latest run that the worker took (not one still queued). */
  last: EtlRunRow | null;
  lastSucceededAt: Date | null;
  queued: number;
}

/** Per job: its latest run, when it last succeeded, and how many runs wait. */
export async function jobStatuses(pool: Pool): Promise<JobStatus[]> {
  return Promise.all(
    ETL_JOBS.map(async (job) => {
      const [[last], [succeeded], [queued]] = await Promise.all([
        pool.query(
          `SELECT ${ROW_COLUMNS} FROM EtlRun WHERE job = ? AND status <> 'QUEUED' ORDER BY id DESC LIMIT 1`,
          [job],
        ),
        pool.query(
          "SELECT finishedAt FROM EtlRun WHERE job = ? AND status = 'SUCCEEDED' ORDER BY id DESC LIMIT 1",
          [job],
        ),
        pool.query("SELECT COUNT(*) AS n FROM EtlRun WHERE job = ? AND status = 'QUEUED'", [job]),
      ]);
      const lastRow = (last as StoredRow[])[0];
      const finishedAt = (succeeded as { finishedAt: string | Date | null }[])[0]?.finishedAt;
      return {
        job,
        last: lastRow ? rowOf(lastRow) : null,
        lastSucceededAt: instantOf(finishedAt ?? null),
        queued: Number((queued as { n: number | string }[])[0]?.n ?? 0),
      };
    }),
  );
}

/** When a run of `job` last ended with something written (SUCCEEDED or PARTIAL), if ever. */
export async function lastProductiveRunAt(pool: Pool, job: EtlJobName): Promise<Date | null> {
  const [rows] = await pool.query(
    "SELECT MAX(finishedAt) AS at FROM EtlRun WHERE job = ? AND status IN ('SUCCEEDED', 'PARTIAL')",
    [job],
  );
  return instantOf((rows as { at: string | Date | null }[])[0]?.at ?? null);
}
