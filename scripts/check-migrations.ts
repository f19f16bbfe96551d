/**
 * Part of `npm run check`: applies each subgraph's migrations to a scratch database and
 * proves the result matches its schema.prisma. A schema change without its migration
 * (or the other way round) fails here.
 */
import { randomBytes } from 'node:crypto';
import { SUBGRAPHS, databaseUrl, loadConfig } from '@capstone/config';
import { dropDatabase, findDrift } from '@capstone/db';
import { exitOnSetupError, migrateAll, subgraphModules } from '@capstone/platform';

const config = loadConfig();
const scratch = { ...config, DATABASE_PREFIX: `capstone_check_${randomBytes(4).toString('hex')}` };
let failed = false;
try {
  await migrateAll(scratch);
  for (const name of SUBGRAPHS) {
    const drift = await findDrift({
      url: databaseUrl(scratch, name),
      schemaPath: subgraphModules[name].prismaFiles.schemaPath,
    });
    if (drift.length) {
      failed = true;
      process.stderr.write(
        `${name}: migrations do not produce schema.prisma:\n  ${drift.join('\n  ')}\n`,
      );
    }
  }
} catch (error) {
  exitOnSetupError(error);
} finally {
  await Promise.all(
    SUBGRAPHS.map((name) => dropDatabase(databaseUrl(scratch, name)).catch(() => {})),
  );
}
if (failed) process.exit(1);
process.stdout.write(`migrations match schema.prisma for ${SUBGRAPHS.join(', ')}\n`);
