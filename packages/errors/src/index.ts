export { ERROR_CODES, ErrorCode, isErrorCode } from './codes.js';
export {
  BadScalarValue,
  badInput,
  clientError,
  conflict,
  forbidden,
  isUniqueViolation,
  notFound,
  unauthenticated,
  type ErrorDetails,
} from './client-error.js';
export {
  LANGUAGES,
  MESSAGES_EXTENSION,
  localizeError,
  localized,
  messagesOf,
  preferredLanguage,
  type Language,
  type LocalizedMessage,
  type Message,
} from './language.js';
