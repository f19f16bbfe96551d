import type { Pool } from './pool.js';

export const ETL_JOBS = ['INSTRUMENT_MASTER', 'DAILY_BARS', 'BACKFILL', 'LIVE_QUOTES'] as const;
export type EtlJobName = (typeof ETL_JOBS)[number];
export type EtlTriggerName = 'SCHEDULE' | 'STARTUP' | 'MANUAL' | 'CLI';
export type EtlStatusName =
  'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'SKIPPED' | 'CANCELLED';

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

const MAX_STORED_ERRORS = 20;
const HEARTBEAT_MS = 2_000;
/** A RUNNING run whose heartbeat is older than this was interrupted (crash, kill, lost host). */
export const STALE_AFTER_MS = 120_000;
/** How often a running run's heartbeat is written even while its job waits (on KIS, say). */
const KEEP_ALIVE_MS = STALE_AFTER_MS / 4;

export async function createRun(
  pool: Pool,
  job: EtlJobName,
  trigger: EtlTriggerName,
  params: RunParams,
  status: 'QUEUED' | 'RUNNING',
): Promise<number> {
  const now = new Date();
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

/**
 * Counts what one run does and keeps its row current: rows and errors as they happen (at most
 * every two seconds), the final status at the end. It also tells the job when someone asked
 * for the run to be cancelled.
 */
export class RunRecorder {
  rows = 0;
  rowsChanged = 0;
  errorCount = 0;
  private readonly errors: string[] = [];
  private lastBeat = Date.now();
  private cancelled = false;
  private keepingAlive: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: Pool,
    readonly run: RunRecord,
  ) {}

  get id(): number {
    return this.run.id;
  }

  addRows(rows: number, changed: number): void {
    this.rows += rows;
    this.rowsChanged += changed;
  }

  error(message: string): void {
    this.errorCount += 1;
    if (this.errors.length < MAX_STORED_ERRORS) {
      this.errors.push(message.replace(/\s+/g, ' ').slice(0, 500));
    }
  }

  /**
   * Writes the heartbeat on a timer until the run finishes, so that a job waiting a long time
   * between two checkpoints (a slow KIS answer, a rate-limit wait) is not taken for a crashed one.
   */
  keepAlive(intervalMs = KEEP_ALIVE_MS): void {
    if (this.keepingAlive) return;
    this.keepingAlive = setInterval(() => {
      void this.pool
        .query("UPDATE EtlRun SET heartbeatAt = ? WHERE id = ? AND status = 'RUNNING'", [
          new Date(),
          this.id,
        ])
        .catch(() => {});
    }, intervalMs);
    this.keepingAlive.unref();
  }

  /** Whether cancellation was requested; writes progress if the last write is old enough. */
  async checkpoint(force = false): Promise<boolean> {
    if (!force && Date.now() - this.lastBeat < HEARTBEAT_MS) return this.cancelled;
    this.lastBeat = Date.now();
    await this.pool.query(
      'UPDATE EtlRun SET heartbeatAt = ?, `rows` = ?, rowsChanged = ?, errorCount = ?, errors = ? WHERE id = ?',
      [
        new Date(),
        this.rows,
        this.rowsChanged,
        this.errorCount,
        this.errors.join('\n') || null,
        this.id,
      ],
    );
    const [rows] = await this.pool.query(
      'SELECT cancelRequestedAt FROM EtlRun WHERE id = ? AND cancelRequestedAt IS NOT NULL',
      [this.id],
    );
    this.cancelled = (rows as unknown[]).length > 0;
    return this.cancelled;
  }

  async finish(outcome: RunOutcome): Promise<EtlStatusName> {
    if (this.keepingAlive) clearInterval(this.keepingAlive);
    this.keepingAlive = null;
    const status =
      outcome.status ??
      (this.errorCount === 0 ? 'SUCCEEDED' : this.rows > 0 ? 'PARTIAL' : 'FAILED');
    await this.pool.query(
      `UPDATE EtlRun SET status = ?, finishedAt = ?, heartbeatAt = ?, \`rows\` = ?, rowsChanged = ?,
         errorCount = ?, errors = ?, message = ? WHERE id = ?`,
      [
        status,
        new Date(),
        new Date(),
        this.rows,
        this.rowsChanged,
        this.errorCount,
        this.errors.join('\n') || null,
        outcome.message?.slice(0, 500) ?? null,
        this.id,
      ],
    );
    return status;
  }
}
