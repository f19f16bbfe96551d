import type { Pool } from '../storage/pool.js';
import {
  STALE_AFTER_MS,
  type EtlStatusName,
  type RunOutcome,
  type RunRecord,
} from './run-records.js';

const MAX_STORED_ERRORS = 20;
const HEARTBEAT_MS = 2_000;
/** How often a running run's heartbeat is written even while its job waits (on KIS, say). */
const KEEP_ALIVE_MS = STALE_AFTER_MS / 4;

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
