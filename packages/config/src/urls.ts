import type { Env } from './env.js';
import {
  type DEFAULT_PORTS,
  SUBGRAPHS,
  databaseSuffix,
  envStem,
  type SubgraphName,
} from './services.js';

/** The port a service listens on under this configuration. */
export function servicePort(env: Env, service: keyof typeof DEFAULT_PORTS): number {
  return env[`${envStem(service)}_PORT` as keyof Env] as number;
}

/** Where the gateway finds a subgraph: its `*_URL` override, or this host and its port. */
export function subgraphUrl(env: Env, name: SubgraphName): string {
  const override = env[`${envStem(name)}_URL` as keyof Env] as string | undefined;
  return override ?? `http://${env.HOST}:${servicePort(env, name)}/graphql`;
}

export function subgraphUrls(env: Env): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPHS.map((name) => [name, subgraphUrl(env, name)])) as Record<
    SubgraphName,
    string
  >;
}

/** The name of the database a subgraph owns, e.g. `capstone_market_data`. */
export function databaseName(env: Pick<Env, 'DATABASE_PREFIX'>, name: SubgraphName): string {
  return `${env.DATABASE_PREFIX}_${databaseSuffix(name)}`;
}

/** A connection URL for one subgraph's database on the configured server. */
export function databaseUrl(
  env: Pick<Env, 'DATABASE_URL' | 'DATABASE_PREFIX'>,
  name: SubgraphName,
): string {
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${databaseName(env, name)}`;
  return url.toString();
}

/** What this deployment's Redis keys and channels start with: REDIS_KEY_PREFIX, or DATABASE_PREFIX. */
export function redisKeyPrefix(env: Pick<Env, 'REDIS_KEY_PREFIX' | 'DATABASE_PREFIX'>): string {
  return env.REDIS_KEY_PREFIX ?? env.DATABASE_PREFIX;
}

/** The gateway's GraphQL endpoint, for services that ask other services' data through it. */
export function gatewayUrl(env: Env): string {
  return env.GATEWAY_URL ?? `http://${env.HOST}:${servicePort(env, 'gateway')}/graphql`;
}
