/** `npm run db:migrate`: applies every subgraph's pending migrations to its database. */
import { loadConfig } from '@capstone/config';
import { migrateAll } from '../index.js';
import { exitOnSetupError } from '../setup-errors.js';

try {
  const applied = await migrateAll(loadConfig(), (message) => process.stdout.write(`${message}\n`));
  const count = Object.values(applied).flat().length;
  process.stdout.write(
    count ? `applied ${count} migration(s)\n` : 'every database is up to date\n',
  );
} catch (error) {
  exitOnSetupError(error);
}
