export { repoRoot, serviceEntries, serviceFolders, type ServiceName } from './layout.js';
export { migrateAll } from './migrate-all.js';
export {
  spawnService,
  waitUntilReady,
  type ServiceProcess,
  type SpawnServiceOptions,
} from './processes.js';
export { seedDemoData, type SeedReport } from './seed-demo.js';
export { subgraphModules, type SubgraphModule } from './subgraphs.js';
export { databaseMissingMessage, exitOnSetupError } from './setup-errors.js';
export { seedReferenceData } from './reference-data.js';
