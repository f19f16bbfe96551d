export { checkReadiness, type ReadinessCheck, type ReadinessReport } from './health.js';
export { observe, sendJson, type NodeHandler, type ObserveOptions } from './http-endpoints.js';
export { createLogger, type Logger } from './logger.js';
export { createMetricsRegistry } from './metrics.js';
export {
  REQUEST_ID_HEADER,
  currentRequestId,
  requestContext,
  requestIdOf,
  type RequestContext,
} from './request-context.js';
