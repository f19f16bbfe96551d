/** The part of a pino logger this package uses, so callers can pass theirs (or none). */
export interface KisLogger {
  debug(details: object, message?: string): void;
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
}

export const silentLogger: KisLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
};
