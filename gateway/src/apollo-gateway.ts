import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { CLIENT_IP_HEADER, INTERNAL_IDENTITY_HEADER } from '@capstone/auth';
import type { SubgraphName } from '@capstone/config';
import { REQUEST_ID_HEADER, currentRequestId, type Logger } from '@capstone/observability';
import type { GatewayContext } from './context.js';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens now; the supergraph's URLs are only the local defaults. */
  subgraphUrls: Record<SubgraphName, string>;
  logger: Logger;
  /** Builds the fetch used for one subgraph (timeouts, metrics). */
  fetcherFor: (subgraph: string) => typeof fetch;
}

/**
 * Apollo's query planner and executor over the committed supergraph. Every subgraph fetch
 * carries the signed identity, the caller's address and the request id.
 */
export function createApolloGateway({
  supergraphSdl,
  subgraphUrls,
  logger,
  fetcherFor,
}: GatewayOptions): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: subgraphUrls[name as SubgraphName] ?? missingSubgraph(name),
        // Apollo's Fetcher type is node-fetch's; the WHATWG fetch it wraps is what runs.
        fetcher: fetcherFor(name) as never,
        willSendRequest({ request, context }) {
          const headers = request.http?.headers;
          if (!headers) return;
          if (context.internalToken) headers.set(INTERNAL_IDENTITY_HEADER, context.internalToken);
          if (context.clientIp) headers.set(CLIENT_IP_HEADER, context.clientIp);
          const requestId = currentRequestId();
          if (requestId) headers.set(REQUEST_ID_HEADER, requestId);
        },
      }),
  });
}

function missingSubgraph(name: string): never {
  throw new Error(`The supergraph names a subgraph "${name}" that the configuration does not know`);
}
