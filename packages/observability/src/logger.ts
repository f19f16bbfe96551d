import { pino, type Logger, type LevelWithSilent } from 'pino';
import { currentRequestId } from './request-context.js';

export type { Logger } from 'pino';

/** A JSON logger whose every line names the service and, inside a request, its request id. */
export function createLogger(service: string, level: LevelWithSilent = 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  });
}
