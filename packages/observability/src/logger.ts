import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { currentRequestId } from './request-context.js';

export type { Logger } from 'pino';

let destination: DestinationStream | undefined;

/**
 * Where loggers created from now on write (standard output when unset). Every service of a
 * test platform runs in the test's process, so a test that reads their lines sets this first.
 */
export function setLogDestination(stream: DestinationStream | undefined): void {
  destination = stream;
}

/** A JSON logger whose every line names the service and, inside a request, its request id. */
export function createLogger(service: string, level: LevelWithSilent = 'info'): Logger {
  const options = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
