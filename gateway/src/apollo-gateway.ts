import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { SubgraphName } from '@capstone/config';
import { REQUEST_ID_HEADER, currentRequestId, type Logger } from '@capstone/observability';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens now; the supergraph's URLs are only the local defaults. */
  subgraphUrls: Record<SubgraphName, string>;
  logger: Logger;
}

/** Apollo's query planner and executor over the committed supergraph. */
export function createApolloGateway({
  supergraphSdl,
  subgraphUrls,
  logger,
}: GatewayOptions): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource({
        url: subgraphUrls[name as SubgraphName] ?? missingSubgraph(name),
        willSendRequest({ request }) {
          const requestId = currentRequestId();
          if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
        },
      }),
  });
}

function missingSubgraph(name: string): never {
  throw new Error(`The supergraph names a subgraph "${name}" that the configuration does not know`);
}
