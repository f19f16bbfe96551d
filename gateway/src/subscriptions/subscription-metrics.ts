import { Gauge, type Registry } from 'prom-client';

/** How many subscriptions clients hold at the gateway, and how many it holds upstream. */
export function createSubscriptionMetrics(registry: Registry) {
  return {
    open: new Gauge({
      name: 'gateway_open_subscriptions',
      help: 'Subscriptions open at the gateway, by subgraph',
      labelNames: ['subgraph'],
      registers: [registry],
    }),
    upstream: new Gauge({
      name: 'gateway_upstream_subscriptions',
      help: 'Subscriptions the gateway holds open at each subgraph (identical ones are shared)',
      labelNames: ['subgraph'],
      registers: [registry],
    }),
  };
}

export type SubscriptionMetrics = ReturnType<typeof createSubscriptionMetrics>;
