import { ANONYMOUS, INTERNAL_IDENTITY_HEADER, signInternalIdentity } from '@capstone/auth';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * One graphql-ws connection per subgraph, shared by every subscription the gateway forwards
 * there. The connection proves it comes from the gateway; each subscription says whose it is.
 */
export function createUpstreamClients(
  subgraphUrls: Record<string, string>,
  internalSecret: string,
) {
  const clients = new Map<string, Client>();
  return {
    clientFor(subgraph: string): Client {
      let client = clients.get(subgraph);
      if (!client) {
        const url = subgraphUrls[subgraph];
        if (!url) throw new Error(`No URL for the ${subgraph} subgraph`);
        client = createClient({
          url: url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          lazy: true,
          // Close the socket soon after the last subscription ends.
          lazyCloseTimeout: 1_000,
          // A dropped subgraph ends its subscriptions with an error; clients resubscribe.
          retryAttempts: 0,
          connectionParams: async () => ({
            [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(ANONYMOUS, internalSecret),
          }),
        });
        clients.set(subgraph, client);
      }
      return client;
    },
    async close(): Promise<void> {
      await Promise.all([...clients.values()].map((client) => client.dispose()));
      clients.clear();
    },
  };
}

export type UpstreamClients = ReturnType<typeof createUpstreamClients>;
