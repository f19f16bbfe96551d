import { GraphQLError } from 'graphql';

/** The `extensions.code` values clients can rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** An error meant for the caller: its message is shown even where errors are masked. */
export function clientError(
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  clientError('BAD_USER_INPUT', message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  clientError('NOT_FOUND', message, details);

/** Whether Prisma refused a write because a unique index already holds the value (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}
