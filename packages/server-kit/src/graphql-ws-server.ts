import type { Server } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { ExecutionArgs } from 'graphql';
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
}

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
      execute: (args) => (args.rootValue as Enveloped).execute(args) as never,
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args) as never,
      onSubscribe: async (context, _id, params) => {
        const headers = options.headersFor(
          context.connectionParams,
          params.extensions ?? undefined,
        );
        const request = new Request(`http://localhost${yoga.graphqlEndpoint}`, {
          method: 'POST',
          headers,
        });
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...context,
          req: context.extra.request,
          socket: context.extra.socket,
          request,
          params,
        });
        const document = parse(params.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue: await contextFactory(),
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
