export { mariadbAdapter } from './adapter.js';
export {
  connectionConfig,
  createDatabase,
  dropDatabase,
  pingServer,
  serverUrlOf,
  withConnection,
} from './connection.js';
export { findDrift } from './drift.js';
export { MigrationError, migrate, type MigrateOptions, type MigrateResult } from './migrate.js';
export { prismaLayout, readMigrations, type MigrationFile } from './migrations.js';
