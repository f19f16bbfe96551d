export { repoRoot, serviceFolders, type ServiceName } from './layout.js';
export { migrateAll } from './migrate-all.js';
export { seedDemoData, type SeedReport } from './seed-demo.js';
export { subgraphModules, type SubgraphModule } from './subgraphs.js';
