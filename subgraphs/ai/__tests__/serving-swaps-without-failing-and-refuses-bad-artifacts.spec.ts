import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@capstone/observability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promote } from '../src/registry/registry.js';
import { storedFeatureRows, type StoredFeatureRow } from '../src/serving/feature-store.js';
import { forecastFromRows } from '../src/serving/forecasts.js';
import { ModelServer } from '../src/serving/model-server.js';
import { runTraining } from '../src/training/run.js';
import { useAiDatabase } from './ai-database.js';
import { KRX_SYMBOLS } from './krx-market.js';

const ai = useAiDatabase();
const SYMBOLS = KRX_SYMBOLS.slice(0, 15);
let server: ModelServer;
let rows: Map<string, StoredFeatureRow>;

const train = async (symbols = SYMBOLS) => {
  const run = await runTraining(ai.deps(symbols), { plan: 'QUICK', trigger: 'CLI' });
  expect(run.status).toBe('SUCCEEDED');
  return ai.prisma.modelVersion.findFirstOrThrow({
    where: { trainingRunId: run.id, kind: 'VOLATILITY' },
  });
};

/** One request as the API serves it: a snapshot, one batched run per kind, released at the end. */
const request = () =>
  server.withSnapshot(async (snapshot) => {
    const outcomes = await forecastFromRows(SYMBOLS, rows, snapshot);
    const forecast = outcomes.get('005930')?.forecast;
    if (!forecast) throw new Error('no forecast');
    return forecast.volatility.version.version;
  });

const servingVolatility = () => server.status().find((s) => s.kind === 'volatility')!;

beforeAll(async () => {
  const v1 = await train();
  expect(v1.status).toBe('PROMOTED');
  server = new ModelServer(ai.prisma, ai.store, createLogger('ai-test', 'silent'));
  await server.refresh();
  rows = await storedFeatureRows(ai.prisma, SYMBOLS);
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe('serving while the registry promotes', () => {
  it('swaps to the new version under a concurrent request loop with no failed request', async () => {
    expect(await request()).toBe(1);
    const seen: number[] = [];
    const failures: unknown[] = [];
    let stop = false;
    const loops = Array.from({ length: 8 }, async () => {
      while (!stop) {
        try {
          seen.push(await request());
        } catch (error) {
          failures.push(error);
        }
      }
    });
    const v2 = await train(SYMBOLS.slice(0, 12));
    expect(v2.version).toBe(2);
    expect(v2.status).toBe('PROMOTED');
    await server.refresh();
    const swappedAt = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop = true;
    await Promise.all(loops);

    expect(failures).toEqual([]);
    expect(seen.slice(0, 10).every((version) => version === 1)).toBe(true);
    // Every request that started after the swap used version 2.
    expect(seen.length).toBeGreaterThan(swappedAt);
    expect(seen.slice(swappedAt + 8).every((version) => version === 2)).toBe(true);
    expect(servingVolatility().serving).toMatchObject({ source: 'MODEL', version: { version: 2 } });
  }, 120_000);

  it('refuses a promoted artifact whose bytes no longer match its checksum, and the previous version keeps answering', async () => {
    const v3 = await train();
    const path = fileURLToPath(v3.artifactUri);
    const bytes = await readFile(path);
    bytes[bytes.length - 5]! ^= 0xff;
    await writeFile(path, bytes);
    await server.refresh();

    const status = servingVolatility();
    expect(status.promoted?.version).toBe(3);
    expect(status.serving).toMatchObject({ source: 'MODEL', version: { version: 2 } });
    expect(status.refusal?.version.version).toBe(3);
    expect(status.refusal?.problems.map((p) => p.code)).toContain('sha256-mismatch');
    expect(await request()).toBe(2);
  }, 120_000);

  it('refuses an artifact of the wrong kind even with a matching checksum', async () => {
    const direction = await ai.prisma.modelVersion.findFirstOrThrow({
      where: { kind: 'DIRECTION' },
      orderBy: { version: 'desc' },
    });
    const volatility = await ai.prisma.modelVersion.findFirstOrThrow({
      where: { kind: 'VOLATILITY', version: 3 },
    });
    const impostor = await ai.prisma.modelVersion.create({
      data: {
        ...volatility,
        id: undefined,
        version: 4,
        status: 'CANDIDATE',
        promotedAt: null,
        hyperParameters: volatility.hyperParameters as object,
        metrics: volatility.metrics as object,
        artifactUri: direction.artifactUri,
        artifactSha256: direction.artifactSha256,
        artifactBytes: direction.artifactBytes,
      },
    });
    await promote(ai.prisma, impostor.id);
    await server.refresh();
    const status = servingVolatility();
    expect(status.serving).toMatchObject({ version: { version: 2 } });
    expect(status.refusal?.version.version).toBe(4);
    expect(status.refusal?.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['metadata-mismatch', 'output-mismatch']),
    );
    expect(await request()).toBe(2);
  });

  it('starts a new process on the last version that loads when the promoted one is refused', async () => {
    const fresh = new ModelServer(ai.prisma, ai.store, createLogger('ai-test', 'silent'));
    try {
      await fresh.refresh();
      const status = fresh.status().find((s) => s.kind === 'volatility')!;
      expect(status.promoted?.version).toBe(4);
      expect(status.serving).toMatchObject({ source: 'MODEL', version: { version: 2 } });
    } finally {
      await fresh.close();
    }
  });
});
