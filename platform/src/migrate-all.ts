import { SUBGRAPHS, databaseUrl, type Env, type SubgraphName } from '@capstone/config';
import { migrate } from '@capstone/db';
import { subgraphModules } from './subgraphs.js';

/** Applies every subgraph's pending migrations to its own database, one database at a time. */
export async function migrateAll(
  config: Pick<Env, 'DATABASE_URL' | 'DATABASE_PREFIX'>,
  log: (message: string) => void = () => {},
): Promise<Record<SubgraphName, string[]>> {
  const applied = {} as Record<SubgraphName, string[]>;
  for (const name of SUBGRAPHS) {
    const result = await migrate({
      url: databaseUrl(config, name),
      migrationsDir: subgraphModules[name].prismaFiles.migrationsDir,
      log: (message) => log(`${name}: ${message}`),
    });
    applied[name] = result.applied;
  }
  return applied;
}
