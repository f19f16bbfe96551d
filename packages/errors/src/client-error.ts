import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes.js';

/** Details beside the code: `argument` names the bad argument or input field. */
export type ErrorDetails = Record<string, unknown> & { argument?: string };

/** An error meant for the caller: its message is shown even where errors are masked. */
export function clientError(
  code: ErrorCode,
  message: string,
  details: ErrorDetails = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badInput = (message: string, details?: ErrorDetails) =>
  clientError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (message: string, details?: ErrorDetails) =>
  clientError(ErrorCode.NOT_FOUND, message, details);
export const conflict = (message: string, details?: ErrorDetails) =>
  clientError(ErrorCode.CONFLICT, message, details);
export const forbidden = (message: string, details?: ErrorDetails) =>
  clientError(ErrorCode.FORBIDDEN, message, details);
export const unauthenticated = (message: string, details?: ErrorDetails) =>
  clientError(ErrorCode.UNAUTHENTICATED, message, details);

/**
 * For a scalar's `parseValue`: graphql-js keeps the extensions of a thrown plain error when it
 * reports a bad variable, but drops those of a thrown GraphQLError (it keeps only its message).
 */
export class BadScalarValue extends Error {
  override name = 'BadScalarValue';
  readonly extensions = { code: ErrorCode.BAD_USER_INPUT };
}

/** Whether Prisma refused a write because a unique index already holds the value (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}
