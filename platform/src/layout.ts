import { fileURLToPath } from 'node:url';

/** The repository root, from here (platform/src or platform/dist). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The folder of each long-running service, relative to the repository root. */
export const serviceFolders = {
  accounts: 'subgraphs/accounts',
  portfolio: 'subgraphs/portfolio',
  'market-data': 'subgraphs/market-data',
  scenario: 'subgraphs/scenario',
  ai: 'subgraphs/ai',
  gateway: 'gateway',
  'mcp-server': 'mcp-server',
  web: 'web',
  'etl-worker': 'subgraphs/market-data',
  'simulation-worker': 'subgraphs/scenario',
} as const;

export type ServiceName = keyof typeof serviceFolders;

/** A service's entry point in its folder's build, when it is not dist/main.js. */
export const serviceEntries: Partial<Record<ServiceName, string>> = {
  'etl-worker': 'dist/etl/main.js',
  'simulation-worker': 'dist/worker/main.js',
};
