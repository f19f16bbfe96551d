import { randomBytes } from 'node:crypto';
import { SUBGRAPHS, databaseUrl, parseEnv, type Env } from '@capstone/config';
import { dropDatabase } from '@capstone/db';
import { migrateAll } from '@capstone/platform';

export interface TestDatabases {
  /** The configuration that points every service at these databases. */
  config: Env;
  drop: () => Promise<void>;
}

/**
 * A configuration for tests: the real environment (a developer's DATABASE_URL, say) with
 * test defaults, and a database prefix unique to this worker and this call.
 */
export function testConfig(overrides: Record<string, string> = {}): Env {
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '0';
  return parseEnv({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_PREFIX: `capstone_test_${worker}_${randomBytes(3).toString('hex')}`,
    // A key of this run's own, as every deployment has (production refuses the repository's).
    SECRETS_ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}`,
    ...overrides,
  });
}

/** Fresh databases for every subgraph, migrated; `drop` removes them. */
export async function createTestDatabases(
  overrides: Record<string, string> = {},
): Promise<TestDatabases> {
  const config = testConfig(overrides);
  const drop = async () => {
    await Promise.all(SUBGRAPHS.map((name) => dropDatabase(databaseUrl(config, name))));
  };
  try {
    await migrateAll(config);
  } catch (error) {
    await drop();
    throw error;
  }
  return { config, drop };
}
