export { DEVELOPMENT_SECRETS_ENCRYPTION_KEYS, envSchema, type Env } from './env.js';
export { ConfigError, loadConfig, parseEnv } from './load.js';
export {
  DEFAULT_PORTS,
  SUBGRAPHS,
  databaseSuffix,
  envStem,
  etlWorkerPlacement,
  workerPlacement,
  type EtlWorkerPlacement,
  type SubgraphName,
  type WorkerPlacement,
} from './services.js';
export {
  databaseName,
  databaseUrl,
  gatewayUrl,
  isLoopbackHost,
  metricsPortFor,
  publicGatewayUrl,
  redisKeyPrefix,
  servicePort,
  subgraphUrl,
  subgraphUrls,
} from './urls.js';
