import type { IncomingMessage, Server } from 'node:http';
import type { Logger } from '@capstone/observability';
import type { YogaServerInstance } from 'graphql-yoga';
import { INTERNAL_IDENTITY_HEADER } from '@capstone/auth';
import { localizeError, preferredLanguage } from '@capstone/errors';
import { GraphQLError, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

export interface GraphqlWsOptions {
  /**
   * Turns a subscription's connection parameters and its payload's extensions into the HTTP
   * headers the service's context factory reads (credentials), so that a WebSocket operation is
   * authenticated exactly like an HTTP one. Throw to refuse.
   */
  headersFor: (
    connectionParams: Readonly<Record<string, unknown>> | undefined,
    extensions: Readonly<Record<string, unknown>> | undefined,
  ) => Record<string, string>;
  /** Checks a new connection before any operation; return false to close it (4403). */
  onConnect?: (
    connectionParams: Readonly<Record<string, unknown>> | undefined,
  ) => Promise<boolean> | boolean;
  /** Where refused and failed operations are logged. */
  logger?: Logger;
}

/**
 * A refusal while the operation's context is built (credentials, rate limit) closes the
 * connection with 4000 + the HTTP status the same refusal gets over HTTP, and a reason that
 * starts with the error's code: `4401 UNAUTHENTICATED: The API key is not valid`. A client can
 * tell them apart without parsing text: fix the credentials (4401, 4403) or wait (4429).
 * A credential check that could not be made (503) closes with 1013, "try again later", which
 * graphql-ws clients retry by themselves.
 */
export const WS_CLOSE_CODES: Readonly<Record<number, number>> = {
  401: 4401,
  403: 4403,
  429: 4429,
  503: 1013,
};

// A close frame's reason may hold at most 123 bytes.
const MAX_CLOSE_REASON_BYTES = 123;

function closeReason(code: string, message: string): string {
  const reason = `${code}: ${message}`;
  if (Buffer.byteLength(reason) <= MAX_CLOSE_REASON_BYTES) return reason;
  let cut = reason;
  while (Buffer.byteLength(`${cut}…`) > MAX_CLOSE_REASON_BYTES) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The close code for an error that refuses an operation; undefined for a fault of ours. */
function refusalCloseCode(error: unknown): number | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status === undefined ? undefined : WS_CLOSE_CODES[status];
}

/**
 * The language a connection's operations are answered in, passed on to them as their
 * `Accept-Language`: the `language` connection parameter (browsers cannot set headers on a
 * WebSocket), else the upgrade request's own header.
 */
function connectionLanguage(
  params: Readonly<Record<string, unknown>> | undefined,
  upgrade: IncomingMessage,
): string | undefined {
  for (const name of ['language', 'accept-language', 'Accept-Language']) {
    const value = params?.[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  const header = upgrade.headers['accept-language'];
  return typeof header === 'string' && header !== '' ? header : undefined;
}

const fromGateway = (params: Readonly<Record<string, unknown>> | undefined) =>
  typeof params?.[INTERNAL_IDENTITY_HEADER] === 'string';

interface Enveloped {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

/**
 * Serves GraphQL over WebSocket (the graphql-ws protocol) at `/graphql` beside Yoga's HTTP and
 * SSE transports, running every operation through the same Yoga plugins and context.
 */
// A peer that has not answered a ping when the next one is due is taken for dead. graphql-ws's
// 12 s cut off live clients that were only busy (a phone on a slow link, a loaded machine
// reading thousands of quotes); 30 s still frees dead connections promptly.
const KEEP_ALIVE_MS = 30_000;

export function serveGraphqlWs(
  server: Server,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  yoga: YogaServerInstance<any, any>,
  options: GraphqlWsOptions,
): { close: () => Promise<void> } {
  const wsServer = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const disposable = useServer(
    {
      onConnect: async ({ connectionParams }) =>
        options.onConnect ? options.onConnect(connectionParams) : true,
      // Errors are answered in the connection's language (a service's error carries both
      // texts), except to the gateway, which passes both on to its own caller.
      onError: (context, _id, _payload, errors) => {
        if (fromGateway(context.connectionParams)) return;
        const language = preferredLanguage(
          connectionLanguage(context.connectionParams, context.extra.request),
        );
        return errors.map((error) => localizeError(error.toJSON(), language));
      },
      onNext: (context, _id, _payload, _args, result) => {
        if (!result.errors?.length || fromGateway(context.connectionParams)) return;
        const language = preferredLanguage(
          connectionLanguage(context.connectionParams, context.extra.request),
        );
        return {
          ...result,
          errors: result.errors.map((error) =>
            localizeError(
              error instanceof GraphQLError ? error.toJSON() : (error as GraphQLFormattedError),
              language,
            ),
          ),
        };
      },
      execute: (args) => (args.rootValue as Enveloped).execute(args) as never,
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args) as never,
      onSubscribe: async (context, _id, params) => {
        const headers = options.headersFor(
          context.connectionParams,
          params.extensions ?? undefined,
        );
        const language = connectionLanguage(context.connectionParams, context.extra.request);
        const request = new Request(`http://localhost${yoga.graphqlEndpoint}`, {
          method: 'POST',
          headers: language ? { ...headers, 'accept-language': language } : headers,
        });
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...context,
          req: context.extra.request,
          socket: context.extra.socket,
          request,
          params,
        });
        let document;
        try {
          document = parse(params.query);
        } catch (error) {
          // A syntax error is the client's, for this operation only: not a reason to close.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        let contextValue;
        try {
          contextValue = await contextFactory();
        } catch (error) {
          const closeCode = refusalCloseCode(error);
          if (closeCode === undefined) throw error;
          const { message, extensions } = error as GraphQLError;
          const code = String(extensions.code ?? 'REFUSED');
          options.logger?.info({ code, closeCode }, `WebSocket closed: ${message}`);
          context.extra.socket.close(closeCode, closeReason(code, message));
          // Nothing more is sent on a closing socket; the errors only end the operation.
          return [error as GraphQLError];
        }
        return {
          schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue,
          rootValue: { execute, subscribe },
        };
      },
    },
    wsServer,
    KEEP_ALIVE_MS,
  );
  return {
    close: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
