import { prismaLayout } from '@capstone/db';

/** Where this subgraph's Prisma schema and migrations are, for the migrator. */
export const prismaFiles = prismaLayout(new URL('..', import.meta.url));
export { createPrismaClient } from './prisma.js';
export { schema } from './schema/index.js';
export { seedScenarioTemplates } from './seed.js';
export { scenarioSubgraph } from './service.js';
export { BUILT_IN_TEMPLATES, type TemplateSource } from './templates.js';
export { ENGINE_VERSION, canonicalJson, seedFromHash } from './simulation/canonical.js';
export { createSimulationEvents } from './simulation/events.js';
export {
  startSimulationWorkerService,
  type StartSimulationWorkerServiceOptions,
} from './worker/service.js';
export type { SimulationWorker } from './worker/worker.js';
