import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import {
  ANONYMOUS,
  CLIENT_IP_HEADER,
  INTERNAL_IDENTITY_HEADER,
  signInternalIdentity,
} from '@capstone/auth';
import type { SubgraphName } from '@capstone/config';
import { REQUEST_ID_HEADER, currentRequestId, type Logger } from '@capstone/observability';
import type { GatewayContext } from './context.js';
import type { SubgraphFetch } from './subgraph-fetcher.js';

export interface GatewayOptions {
  /**
   * The committed supergraph, or the live subgraphs: composed at start-up and recomposed
   * whenever a subgraph's schema changes (development).
   */
  supergraph:
    | { from: 'file'; sdl: string }
    | { from: 'subgraphs'; pollIntervalMs: number; internalSecret: string };
  /** Where each subgraph listens now; the supergraph's URLs are only the local defaults. */
  subgraphUrls: Record<SubgraphName, string>;
  logger: Logger;
  /** Builds the fetch used for one subgraph (timeouts, metrics). */
  fetcherFor: (subgraph: string) => SubgraphFetch;
}

/**
 * Apollo's query planner and executor over the committed supergraph. Every subgraph fetch
 * carries the signed identity, the caller's address and the request id.
 */
export function createApolloGateway({
  supergraph,
  subgraphUrls,
  logger,
  fetcherFor,
}: GatewayOptions): ApolloGateway {
  // Apollo Gateway phones home with usage metrics (and probes cloud metadata servers to label
  // them) unless told not to. A trading platform sends nothing to third parties.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  process.env.METADATA_SERVER_DETECTION ??= 'none';
  return new ApolloGateway({
    supergraphSdl:
      supergraph.from === 'file'
        ? supergraph.sdl
        : new IntrospectAndCompose({
            subgraphs: Object.entries(subgraphUrls).map(([name, url]) => ({ name, url })),
            pollIntervalInMs: supergraph.pollIntervalMs,
            // Subgraphs answer only the gateway, schema requests included.
            introspectionHeaders: async () => ({
              [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(
                ANONYMOUS,
                supergraph.internalSecret,
              ),
            }),
          }),
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
