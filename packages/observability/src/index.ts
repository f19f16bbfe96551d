export { checkReadiness, type ReadinessCheck, type ReadinessReport } from './health.js';
export {
  graphqlErrorLevel,
  graphqlServerLogger,
  logGraphQLError,
  useClientErrorLog,
} from './graphql-errors.js';
export {
  observe,
  sendJson,
  serveMetrics,
  type NodeHandler,
  type ObserveOptions,
} from './http-endpoints.js';
export { createLogger, setLogDestination, type Logger } from './logger.js';
export { createMetricsRegistry, metricValue } from './metrics.js';
export {
  REQUEST_ID_HEADER,
  currentRequestId,
  markRoutineRequest,
  requestContext,
  requestIdOf,
  type RequestContext,
} from './request-context.js';
