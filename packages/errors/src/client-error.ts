import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes.js';
import { MESSAGES_EXTENSION, localized, type Message } from './language.js';

/** Details beside the code: `argument` names the bad argument or input field. */
export type ErrorDetails = Record<string, unknown> & { argument?: string };

/**
 * An error meant for the caller: its message is shown even where errors are masked. The message
 * is Korean; a bilingual one also travels in `extensions.messages`, from which the gateway
 * answers in the caller's `Accept-Language` (and which it removes).
 */
export function clientError(
  code: ErrorCode,
  message: Message,
  details: ErrorDetails = {},
): GraphQLError {
  if (typeof message === 'string') {
    return new GraphQLError(message, { extensions: { code, ...details } });
  }
  const messages = localized(message);
  return new GraphQLError(messages.ko, {
    extensions: { code, ...details, [MESSAGES_EXTENSION]: messages },
  });
}

export const badInput = (message: Message, details?: ErrorDetails) =>
  clientError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (message: Message, details?: ErrorDetails) =>
  clientError(ErrorCode.NOT_FOUND, message, details);
export const conflict = (message: Message, details?: ErrorDetails) =>
  clientError(ErrorCode.CONFLICT, message, details);
export const forbidden = (message: Message, details?: ErrorDetails) =>
  clientError(ErrorCode.FORBIDDEN, message, details);
export const unauthenticated = (message: Message, details?: ErrorDetails) =>
  clientError(ErrorCode.UNAUTHENTICATED, message, details);

/**
 * For a scalar's `parseValue`: graphql-js keeps the extensions of a thrown plain error when it
 * reports a bad variable, but drops those of a thrown GraphQLError (it keeps only its message).
 */
export class BadScalarValue extends Error {
  override name = 'BadScalarValue';
  readonly extensions: Record<string, unknown>;
  constructor(message: Message) {
    const messages = localized(message);
    super(messages.ko);
    this.extensions =
      typeof message === 'string'
        ? { code: ErrorCode.BAD_USER_INPUT }
        : { code: ErrorCode.BAD_USER_INPUT, [MESSAGES_EXTENSION]: messages };
  }
}

/** Whether Prisma refused a write because a unique index already holds the value (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}
