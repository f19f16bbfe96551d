import type { PoolConnection } from 'mysql2/promise';
import type { Pool } from '../storage/pool.js';

/**
 * One worker per database does the scheduled work: it holds a MySQL named lock on a connection
 * of its own. Another worker (a second replica, or market-data running one in-process by
 * mistake) waits and takes over when the holder's connection goes away.
 */
export class WorkerLock {
  private connection: PoolConnection | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly name: string,
  ) {}

  get held(): boolean {
    return this.connection !== null;
  }

  /** Tries once, without waiting. */
  async tryAcquire(): Promise<boolean> {
    if (this.connection) return true;
    const connection = await this.pool.getConnection();
    try {
      const [rows] = await connection.query('SELECT GET_LOCK(?, 0) AS acquired', [this.name]);
      if (Number((rows as { acquired: number | string | null }[])[0]?.acquired) === 1) {
        this.connection = connection;
        return true;
      }
    } catch (error) {
      connection.release();
      throw error;
    }
    connection.release();
    return false;
  }

  /**
   * Whether the lock is still this worker's. The connection holding it sits idle, and MySQL
   * drops idle connections (wait_timeout) or restarts; the lock goes with the connection, and
   * another worker may already lead.
   */
  async stillHeld(): Promise<boolean> {
    const connection = this.connection;
    if (!connection) return false;
    try {
      const [rows] = await connection.query('SELECT IS_USED_LOCK(?) = CONNECTION_ID() AS mine', [
        this.name,
      ]);
      if (Number((rows as { mine: number | string | null }[])[0]?.mine) === 1) return true;
    } catch {
      // The connection is gone: so is the lock.
    }
    this.connection = null;
    connection.destroy();
    return false;
  }

  async release(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    if (!connection) return;
    await connection.query('SELECT RELEASE_LOCK(?)', [this.name]).catch(() => {});
    connection.release();
  }
}
