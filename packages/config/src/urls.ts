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

/**
 * The gateway's GraphQL endpoint for services that ask other services' data through it with a
 * signed identity: its internal listener (the public one refuses signed identities).
 */
export function gatewayUrl(env: Env): string {
  return env.GATEWAY_URL ?? `http://${loopbackOr(env.HOST)}:${env.GATEWAY_INTERNAL_PORT}/graphql`;
}

/** Where browsers and outside clients reach the gateway: PUBLIC_GATEWAY_URL, or its public port here. */
export function publicGatewayUrl(env: Env): string {
  return (
    env.PUBLIC_GATEWAY_URL ??
    `http://${loopbackOr(env.HOST)}:${servicePort(env, 'gateway')}/graphql`
  );
}

/** Where a client on this host reaches a service bound to `host` (0.0.0.0 and :: are not addresses). */
function loopbackOr(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * The port a service serves /metrics on, apart from its public port: 9000 + (port − 4000), and
 * 9080 for web (8080); 0 (any free port) when the service's own port is 0 or the sum is not a port.
 */
export function metricsPortFor(service: string, port: number): number {
  if (port === 0) return 0;
  const metrics = service === 'web' ? 9080 + (port - 8080) : 9000 + (port - 4000);
  return metrics > 0 && metrics <= 65535 ? metrics : 0;
}

/** Whether `host` is a loopback address, so that nothing off this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}
