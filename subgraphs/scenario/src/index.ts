export { database } from './database.js';
export { createPrismaClient } from './prisma.js';
export { schema } from './schema/index.js';
export { seedScenarioTemplates } from './seed.js';
export { scenarioSubgraph } from './service.js';
export { BUILT_IN_TEMPLATES } from './templates.js';
