export {
  createSubgraphBuilder,
  type SubgraphBuilderOptions,
  type SubgraphScalarName,
  type SubgraphSchemaTypes,
} from './builder.js';
export { isKrxSymbol, notAKrxCode, parseKrxSymbol } from './krx-symbol.js';
export { serveGraphqlWs, type GraphqlWsOptions } from './graphql-ws-server.js';
export { startHttpService, type HttpServiceOptions, type RunningService } from './http-service.js';
export { createGatewayClient, type GatewayClient } from './gateway-client.js';
export { connectOptionalRedis, isRedisReachable, quietPublisher } from './optional-redis.js';
export { inKeyOrder, requestLoader } from './request-loader.js';
export { runService } from './run-service.js';
export { printSchemaCommand, writeSchemaFile } from './schema-file.js';
export {
  Decimal,
  dateScalar,
  dateTimeScalar,
  decimalScalar,
  parseDate,
  parseDecimal,
} from './scalars.js';
export {
  defineSubgraph,
  startSubgraph,
  type AnySubgraphDefinition,
  type DatabaseClient,
  type StartSubgraphOptions,
  type SubgraphBase,
  type SubgraphDefinition,
} from './start-subgraph.js';
export { runSubgraph } from './run-subgraph.js';
export { createSubgraphYoga, type SubgraphYogaOptions } from './subgraph-yoga.js';
export { useOperationMetrics } from './use-operation-metrics.js';
export {
  aboutArgument,
  argumentError,
  dateRange,
  intBetween,
  issueMessages,
  krxSymbol,
  krxSymbols,
  zodMessage,
} from './validation.js';
export {
  AFTER_ARG,
  FIRST_ARG,
  decodeCursor,
  encodeCursor,
  olderThan,
  pageOf,
  addCursorPageFields,
  type PageCursor,
} from './page-cursor.js';
