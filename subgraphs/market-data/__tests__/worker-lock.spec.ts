import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEtlPool } from '../src/etl/storage/pool.js';
import { WorkerLock } from '../src/etl/worker/worker-lock.js';
import { scratchMarketData } from './support/scratch-database.js';

let db: Awaited<ReturnType<typeof scratchMarketData>>;

beforeAll(async () => {
  db = await scratchMarketData();
});
afterAll(() => db?.drop());

describe('the worker lock', () => {
  it('lets one worker per database lead, and the next take over when it lets go', async () => {
    // Two workers: two pools, as two processes would have.
    const otherPool = createEtlPool(db.url);
    try {
      const first = new WorkerLock(db.pool, 'test:etl-worker');
      const second = new WorkerLock(otherPool, 'test:etl-worker');
      expect(await first.tryAcquire()).toBe(true);
      expect(await second.tryAcquire()).toBe(false);
      await first.release();
      expect(await second.tryAcquire()).toBe(true);
      expect(second.held).toBe(true);
      await second.release();
    } finally {
      await otherPool.end();
    }
  });

  it('is let go when the leader’s connection goes away, as when its process dies', async () => {
    const dying = createEtlPool(db.url);
    const leader = new WorkerLock(dying, 'test:crash');
    expect(await leader.tryAcquire()).toBe(true);
    await dying.end();
    const next = new WorkerLock(db.pool, 'test:crash');
    for (let attempt = 0; attempt < 50 && !(await next.tryAcquire()); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(next.held).toBe(true);
    await next.release();
  });

  it('is known to be lost when the server drops the leader’s idle connection', async () => {
    const leader = new WorkerLock(db.pool, 'test:dropped');
    expect(await leader.tryAcquire()).toBe(true);
    expect(await leader.stillHeld()).toBe(true);
    // What wait_timeout or a server restart does to the idle connection holding the lock.
    const [rows] = await db.pool.query("SELECT IS_USED_LOCK('test:dropped') AS holder");
    await db.pool.query(`KILL ${Number((rows as { holder: number }[])[0]!.holder)}`);
    const next = new WorkerLock(db.pool, 'test:dropped');
    expect(await next.tryAcquire()).toBe(true);
    expect(await leader.stillHeld()).toBe(false);
    expect(leader.held).toBe(false);
    await next.release();
  });
});
