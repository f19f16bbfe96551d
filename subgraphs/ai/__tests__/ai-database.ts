import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseUrl, type Env } from '@capstone/config';
import { createLogger } from '@capstone/observability';
import { createTestDatabases } from '@capstone/test-platform';
import { afterAll, beforeAll } from 'vitest';
import { artifactStoreFor, type ArtifactStore } from '../src/artifacts/store.js';
import type { AiEventMap, AiEventName } from '../src/events.js';
import { createPrismaClient, type PrismaClient } from '../src/prisma.js';
import type { RetrainDeps } from '../src/training/retrain.js';
import { krxMarketData } from './krx-market.js';

export interface AiFixture {
  config: Env;
  prisma: PrismaClient;
  store: ArtifactStore;
  artifactDir: string;
  /** What the code under test emitted, in order. */
  events: { name: AiEventName; payload: unknown }[];
  deps(symbols: readonly string[], through?: string): RetrainDeps & { databaseUrl: string };
}

/**
 * A migrated ai database and an artifact directory of its own for one spec file, with the
 * real KRX files standing in for the gateway's market data.
 */
export function useAiDatabase(overrides: Record<string, string> = {}): AiFixture {
  let drop: (() => Promise<void>) | undefined;
  const fixture = { events: [] } as unknown as AiFixture;
  beforeAll(async () => {
    fixture.artifactDir = await mkdtemp(join(tmpdir(), 'capstone-ai-'));
    const databases = await createTestDatabases({
      AI_ARTIFACT_DIR: fixture.artifactDir,
      ...overrides,
    });
    drop = databases.drop;
    fixture.config = databases.config;
    fixture.prisma = createPrismaClient(databaseUrl(databases.config, 'ai'));
    fixture.store = artifactStoreFor(databases.config);
    const logger = createLogger('ai-test', databases.config.LOG_LEVEL);
    fixture.deps = (symbols, through) => ({
      prisma: fixture.prisma,
      store: fixture.store,
      logger,
      market: krxMarketData(symbols, through),
      trainingYears: 3,
      databaseUrl: databaseUrl(databases.config, 'ai'),
      emit: <Name extends AiEventName>(name: Name, payload: AiEventMap[Name]) =>
        fixture.events.push({ name, payload }),
    });
  }, 120_000);
  afterAll(async () => {
    await fixture.prisma?.$disconnect();
    await drop?.();
    if (fixture.artifactDir) await rm(fixture.artifactDir, { recursive: true, force: true });
  });
  return fixture;
}
