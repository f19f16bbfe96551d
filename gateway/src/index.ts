export { createApolloGateway, type GatewayOptions } from './apollo-gateway.js';
export { startGateway, type GatewayServiceOptions } from './service.js';
export { createSubgraphFetcher, type SubgraphFetch } from './subgraph-fetcher.js';
export { readSupergraph } from './supergraph.js';
