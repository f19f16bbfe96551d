import Negotiator from 'negotiator';

/** The languages people read the platform in: Korean first, then English. */
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A message for people, in every language the platform speaks. */
export interface LocalizedMessage {
  ko: string;
  en: string;
}

/** A message as code writes it: both languages, or (until every message has both) one string. */
export type Message = string | LocalizedMessage;

/**
 * The language an `Accept-Language` header prefers among ours. Korean when the header is absent
 * or names neither, because the platform's users are Korean first.
 */
export function preferredLanguage(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return 'ko';
  const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage } });
  return negotiator.language([...LANGUAGES]) === 'en' ? 'en' : 'ko';
}

export const localized = (message: Message): LocalizedMessage =>
  typeof message === 'string' ? { ko: message, en: message } : message;

/**
 * The extension a coded error carries both texts in, from the service that raised it to the
 * gateway, which answers in the caller's language and removes it.
 */
export const MESSAGES_EXTENSION = 'messages';

/**
 * The two texts an error carries (a coded error's `extensions.messages`), or its one message
 * for both: so that code passing an error's words on keeps both languages.
 */
export function messagesOf(error: {
  message: string;
  extensions?: Record<string, unknown>;
}): LocalizedMessage {
  const messages = error.extensions?.[MESSAGES_EXTENSION] as Partial<LocalizedMessage> | undefined;
  if (typeof messages?.ko === 'string' && typeof messages.en === 'string') {
    return { ko: messages.ko, en: messages.en };
  }
  return localized(error.message);
}

interface SerialisedError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** An error as the caller should read it: its message in `language`, the two texts removed. */
export function localizeError<E extends SerialisedError>(error: E, language: Language): E {
  const messages = error.extensions?.[MESSAGES_EXTENSION] as Partial<LocalizedMessage> | undefined;
  if (!messages || typeof messages !== 'object') return error;
  const { [MESSAGES_EXTENSION]: _messages, ...extensions } = error.extensions!;
  return { ...error, message: messages[language] ?? error.message, extensions };
}
