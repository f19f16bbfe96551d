/**
 * `npm run db:migrate`: applies every subgraph's pending migrations to its database, then the
 * reference data every installation needs (the built-in scenario templates).
 */
import { loadConfig } from '@capstone/config';
import { migrateAll, seedReferenceData } from '../index.js';
import { exitOnSetupError } from '../setup-errors.js';

try {
  const config = loadConfig();
  const applied = await migrateAll(config, (message) => process.stdout.write(`${message}\n`));
  const count = Object.values(applied).flat().length;
  process.stdout.write(
    count ? `applied ${count} migration(s)\n` : 'every database is up to date\n',
  );
  const { scenarioTemplates } = await seedReferenceData(config);
  process.stdout.write(`${scenarioTemplates} built-in scenario templates are current\n`);
} catch (error) {
  exitOnSetupError(error);
}
