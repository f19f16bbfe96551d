import type { Plugin } from 'graphql-yoga';
import type { FederatedSubscribe } from '../subscriptions/federated-subscribe.js';

/** Hands subscription operations to the federated executor; Apollo Gateway runs only queries and mutations. */
export function useFederatedSubscriptions(subscribe: FederatedSubscribe): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe as never);
    },
  };
}
