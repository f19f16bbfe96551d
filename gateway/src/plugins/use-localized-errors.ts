import { INTERNAL_IDENTITY_HEADER } from '@capstone/auth';
import {
  MESSAGES_EXTENSION,
  preferredLanguage,
  type Language,
  type LocalizedMessage,
} from '@capstone/errors';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { gatewayMessage } from './gateway-messages.js';

/**
 * Marks an error already answered in the caller's language. A symbol key: it is carried along
 * when extensions are copied, and never serialised to the client.
 */
const LOCALIZED = Symbol('localized');

type Extensions = Record<string | symbol, unknown>;
type ResultProcessorInput = Parameters<NonNullable<Plugin['onResultProcess']>>[0]['result'];

/**
 * The caller's language: their `Accept-Language`, Korean when they send none. A platform
 * service asking on someone's behalf (a forwarded identity) gets both texts, to pass on.
 */
type Answer = Language | 'both';

function languageOf(request: Request | undefined): Answer {
  if (request?.headers.has(INTERNAL_IDENTITY_HEADER)) return 'both';
  return preferredLanguage(request?.headers.get('accept-language'));
}

/** The same error (where, and what caused it) with another message and extensions. */
function relabelled(error: GraphQLError, message: string, extensions: Extensions): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

/**
 * The error as the caller reads it: its message in `language`, taken from the two texts a
 * service sent (`extensions.messages`, which is removed) or, for one raised in English only,
 * from the gateway's Korean for it. The code and every other extension stay as they were.
 */
export function localizeGraphQLError(
  error: GraphQLError,
  language: Answer,
  codeIfNone?: string,
): GraphQLError {
  const extensions = (error.extensions ?? {}) as Extensions;
  if (extensions[LOCALIZED]) return error;
  const { [MESSAGES_EXTENSION]: sent, ...rest } = extensions;
  const code = typeof rest.code === 'string' ? rest.code : codeIfNone;
  const bilingual =
    sent && typeof sent === 'object' && typeof (sent as LocalizedMessage).en === 'string';
  // A service's error in one text only is the service's own wording: passed on as it is.
  if (!bilingual && rest.serviceName && code !== 'SUBGRAPH_UNAVAILABLE') return error;
  const messages = bilingual ? (sent as LocalizedMessage) : gatewayMessage(error.message, code);
  const both = language === 'both';
  // A list of problems (`extensions.issues`) may carry both texts per problem, too.
  if (!both && Array.isArray(rest.issues)) {
    rest.issues = rest.issues.map((issue: unknown) => {
      const texts = (issue as Extensions | null)?.[MESSAGES_EXTENSION] as LocalizedMessage;
      if (typeof texts?.[language] !== 'string') return issue;
      const { [MESSAGES_EXTENSION]: _texts, ...problem } = issue as Extensions;
      return { ...problem, message: texts[language] };
    });
  }
  return relabelled(error, messages[both ? 'ko' : language], {
    ...rest,
    ...(both ? { [MESSAGES_EXTENSION]: messages } : {}),
    [LOCALIZED]: language,
  });
}

/** The error with both texts attached (its message unchanged), for a later choice. */
function withBothTexts(error: GraphQLError, codeIfNone: string): GraphQLError {
  const extensions = (error.extensions ?? {}) as Extensions;
  if (extensions[MESSAGES_EXTENSION] || extensions[LOCALIZED]) return error;
  const code = typeof extensions.code === 'string' ? extensions.code : codeIfNone;
  return relabelled(error, error.message, {
    ...extensions,
    [MESSAGES_EXTENSION]: gatewayMessage(error.message, code),
  });
}

const localizeAll = (errors: readonly unknown[], language: Answer, codeIfNone?: string) =>
  errors.map((error) =>
    error instanceof GraphQLError ? localizeGraphQLError(error, language, codeIfNone) : error,
  );

function localizeResult<R extends ExecutionResult>(result: R, language: Answer): R {
  if (!result.errors?.length) return result;
  return { ...result, errors: localizeAll(result.errors, language) as GraphQLError[] };
}

/**
 * Each result of a stream, localized. Not an async generator: a generator waiting for the next
 * event cannot pass a client's cancel (`return()`) on until that event comes, so an idle
 * subscription would keep its upstream open; mapAsyncIterator forwards it at once.
 */
function localizeStream(
  results: AsyncIterable<ExecutionResult>,
  language: Answer,
): AsyncIterable<ExecutionResult> {
  return mapAsyncIterator(results[Symbol.asyncIterator](), (result) =>
    localizeResult(result, language),
  );
}

function localizeOutput(result: ResultProcessorInput, language: Answer): ResultProcessorInput {
  if (Array.isArray(result)) return result.map((one) => localizeResult(one, language));
  if (Symbol.asyncIterator in (result as object)) {
    return localizeStream(result as AsyncIterable<ExecutionResult>, language) as never;
  }
  return localizeResult(result as ExecutionResult, language);
}

/**
 * Every error the gateway answers with is in the caller's language: Korean by default, English
 * for `Accept-Language: en`, with the same `extensions.code` either way. The services send both
 * texts in `extensions.messages` (from `@capstone/errors`); the gateway picks one and removes
 * the pair. Its own errors and the GraphQL libraries' are given Korean here.
 *
 * Over HTTP and SSE the answer is localized as it is written (`onResultProcess`), which also
 * covers errors raised before execution (credentials, limits, trusted documents, parsing). Over
 * graphql-ws there is no such step, so the parse, validation, execution and subscription hooks
 * localize too, reading the language the WebSocket server put on the operation's request (the
 * connection's `Accept-Language` or its `language` connection parameter).
 */
export function useLocalizedErrors(): Plugin<{ request?: Request }> {
  return {
    // Parsing and validation results are cached per document, across callers: their errors get
    // both texts here, and the caller's language is chosen when the answer is written.
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) {
          replaceParseResult(withBothTexts(result, 'GRAPHQL_PARSE_FAILED'));
        }
      };
    },
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (valid) return;
        setResult(
          result.map((error) =>
            error instanceof GraphQLError
              ? withBothTexts(error, 'GRAPHQL_VALIDATION_FAILED')
              : error,
          ),
        );
      };
    },
    onExecute({ args }) {
      const language = languageOf(args.contextValue.request);
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) {
            setResult(localizeStream(result, language) as never);
          } else {
            setResult(localizeResult(result, language));
          }
        },
      };
    },
    onSubscribe({ args }) {
      const language = languageOf(args.contextValue.request);
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) {
            setResult(localizeResult(result, language));
            return;
          }
          return {
            onNext({ result, setResult }) {
              setResult(localizeResult(result, language));
            },
          };
        },
      };
    },
    onResultProcess({ request, result, setResult }) {
      setResult(localizeOutput(result, languageOf(request)));
    },
  };
}
