import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropDatabase, migrate } from '@capstone/db';
import { createPrismaClient, prismaFiles } from '@capstone/scenario';
import type { PrismaClient } from '../src/prisma.js';
import { LostRunError, RunRecords } from '../src/simulation/records.js';

let prisma: PrismaClient;
let url: string;

beforeAll(async () => {
  const server = new URL(process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306');
  server.pathname = `/capstone_test_${process.env.VITEST_POOL_ID ?? '0'}_${randomBytes(3).toString('hex')}_scenario`;
  url = server.toString();
  await migrate({ url, migrationsDir: prismaFiles.migrationsDir });
  prisma = createPrismaClient(url);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await dropDatabase(url);
});

async function queuedRun(): Promise<string> {
  const id = randomUUID();
  await prisma.simulationRun.create({
    data: {
      id,
      ownerId: randomUUID(),
      kind: 'MONTE_CARLO',
      inputs: {},
      inputHash: '0'.repeat(64),
      seed: 1,
      engineVersion: 'test',
      dataFrom: new Date('2022-01-03'),
      asOf: new Date('2022-09-19'),
      requestedBy: { kind: 'anonymous' },
    },
  });
  return id;
}

describe('run records', () => {
  const records = () => new RunRecords(prisma, { lockMs: 1_000, maxAttempts: 3 });

  it('let a second worker wait while the first is heard from, then take the run over', async () => {
    const id = await queuedRun();
    const first = await records().claim(id, 'worker-a');
    expect(first).toMatchObject({ outcome: 'claimed', attempt: 1 });
    const now = new Date();
    expect(await records().claim(id, 'worker-b', now)).toMatchObject({ outcome: 'held' });
    const later = new Date(now.getTime() + 1_500);
    expect(await records().claim(id, 'worker-b', later)).toMatchObject({
      outcome: 'claimed',
      attempt: 2,
    });
  });

  it('fence out the worker that lost its run: only the current attempt ends it, with one result', async () => {
    const id = await queuedRun();
    await records().claim(id, 'worker-a');
    await records().claim(id, 'worker-b', new Date(Date.now() + 5_000));
    await expect(
      records().heartbeat(id, 1, { fraction: 0.5, stage: 'computing', message: null }),
    ).rejects.toBeInstanceOf(LostRunError);
    await expect(records().succeed(id, 1, { from: 'a' })).rejects.toBeInstanceOf(LostRunError);
    const ended = await records().succeed(id, 2, { from: 'b' });
    expect(ended.status).toBe('SUCCEEDED');
    await expect(records().succeed(id, 2, { from: 'b again' })).rejects.toBeInstanceOf(
      LostRunError,
    );
    const results = await prisma.simulationResult.findMany({ where: { runId: id } });
    expect(results.map((r) => r.data)).toEqual([{ from: 'b' }]);
  });

  it('give up on a run whose worker stopped as often as allowed', async () => {
    const id = await queuedRun();
    for (let k = 0; k < 3; k++)
      await records().claim(id, `worker-${k}`, new Date(Date.now() + k * 5_000));
    const claim = await records().claim(id, 'worker-last', new Date(Date.now() + 20_000));
    expect(claim).toMatchObject({ outcome: 'done' });
    const run = await records().find(id);
    expect(run).toMatchObject({ status: 'FAILED', error: { code: 'WORKER_LOST' } });
  });

  it('cancel a queued run at once, and only ask a running one to stop', async () => {
    const queued = await records().find(await queuedRun());
    expect((await records().cancel(queued!)).run.status).toBe('CANCELLED');
    const id = await queuedRun();
    await records().claim(id, 'worker-a');
    const { run, tellWorker } = await records().cancel((await records().find(id))!);
    expect(tellWorker).toBe(true);
    expect(run.status).toBe('RUNNING');
    expect(run.cancelRequestedAt).not.toBeNull();
    expect(
      await records().heartbeat(id, 1, { fraction: 0.1, stage: 'computing', message: null }),
    ).toEqual({ cancelRequested: true });
  });
});
