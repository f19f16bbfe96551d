/**
 * The services of the platform and their fixed contracts: default ports and the
 * database each subgraph owns. Everything that needs a port or a database name
 * (start script, gateway, test harness, k8s manifests) reads it from here.
 */
export const SUBGRAPHS = ['accounts', 'portfolio', 'market-data', 'scenario', 'ai'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export const DEFAULT_PORTS = {
  gateway: 4000,
  accounts: 4001,
  portfolio: 4002,
  'market-data': 4003,
  scenario: 4004,
  ai: 4005,
  'mcp-server': 4010,
  web: 8080,
  'etl-worker': 4006,
  'simulation-worker': 4007,
  'kis-sim-rest': 4090,
  'kis-sim-ws': 4091,
} as const;

/** `market-data` -> `MARKET_DATA`, the stem of that service's environment variables. */
export function envStem(service: string): string {
  return service.toUpperCase().replace(/-/g, '_');
}

/** `market-data` -> `market_data`, the suffix of the service's database name. */
export function databaseSuffix(service: SubgraphName): string {
  return service.replace(/-/g, '_');
}

/** Where a worker (the ETL's, the simulations') runs, once `auto` is settled. */
export type WorkerPlacement = 'process' | 'in-process' | 'off';
export type EtlWorkerPlacement = WorkerPlacement;

/**
 * The one rule for ETL_WORKER_MODE and SIMULATION_WORKER_MODE. Events (live quotes, simulation
 * progress) and jobs cross processes only through Redis, so `auto` runs the worker as its own
 * process when Redis answers and inside its subgraph (market-data, scenario) when it does not;
 * the other modes mean what they say. `npm start` settles it once and hands every service the
 * settled mode; a subgraph started on its own with `auto` settles it the same way.
 */
export function workerPlacement(
  mode: 'auto' | WorkerPlacement,
  redisReachable: boolean,
): WorkerPlacement {
  if (mode !== 'auto') return mode;
  return redisReachable ? 'process' : 'in-process';
}

export const etlWorkerPlacement = workerPlacement;
