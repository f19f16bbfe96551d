import { databaseUrl } from '@capstone/config';
import type { KisClientOptions } from '@capstone/kis-client';
import {
  startKisSimulator,
  type KisSimulator,
  type KisSimulatorOptions,
} from '@capstone/kis-simulator';
import {
  createEtlKisClient,
  createEtlPool,
  kisSource,
  type RunnerDeps,
} from '@capstone/market-data';
import { createLogger } from '@capstone/observability';
import { createTestDatabases } from '@capstone/test-platform';

export interface EtlAgainstSimulator {
  sim: KisSimulator;
  deps: RunnerDeps;
  close(): Promise<void>;
}

/**
 * Runner dependencies for jobs run in the test's own process against a simulator and fresh
 * databases. No Redis here: the access token lives in the database-backed store.
 */
export async function etlAgainstSimulator(
  simulator: KisSimulatorOptions,
  runner: { historyYears: number; kis?: Partial<KisClientOptions> },
): Promise<EtlAgainstSimulator> {
  const sim = await startKisSimulator(simulator);
  const databases = await createTestDatabases({
    KIS_REST_URL: sim.restUrl,
    KIS_WS_URL: sim.wsUrl,
    KIS_MASTER_FILES_URL: sim.masterFilesUrl,
    KIS_REQUESTS_PER_SECOND: '500',
  }).catch(async (error: unknown) => {
    await sim.close();
    throw error;
  });
  const { config } = databases;
  const pool = createEtlPool(databaseUrl(config, 'market-data'));
  const logger = createLogger('etl-test', 'silent');
  const source = kisSource(config);
  const kis = createEtlKisClient({
    source,
    pool,
    logger,
    keyPrefix: config.DATABASE_PREFIX,
    overrides: runner.kis,
  });
  return {
    sim,
    deps: {
      pool,
      source,
      logger,
      historyYears: runner.historyYears,
      universeSize: 50,
      kis,
    },
    async close() {
      await kis.close();
      await pool.end();
      await sim.close();
      await databases.drop();
    },
  };
}
