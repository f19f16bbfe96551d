import {
  Client,
  cacheExchange,
  fetchExchange,
  subscriptionExchange,
  type Exchange,
} from '@urql/core';
import { authExchange } from '@urql/exchange-auth';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type { InjectionKey, Ref } from 'vue';
import type { SessionStore } from '../stores/session.js';
import { earlyAnswersExchange, type EarlyAnswers } from './early-answers.js';
import { apiErrors } from './errors.js';
import { CSRF_HEADERS } from './post-by-hash.js';
import { trustedDocumentHash } from './trusted-documents.js';

/**
 * Queries and mutations go by hash only, never as text: in production the gateway refuses
 * anything else from a browser.
 *
 * They go as POST, not GET. The gateway is another origin, so every request with credentials
 * is preflighted, and browsers cache a preflight per URL: one POST URL shares one preflight,
 * while each GET (its variables in the URL) would need its own round trip first. Per-user
 * answers gain nothing from GET's cacheability. The x-graphql-csrf header, which the gateway
 * wants on a GET, is sent on everything anyway (fetchOptions).
 */
const byHash = () =>
  persistedExchange({
    enforcePersistedQueries: true,
    enableForMutation: true,
    preferGetForPersistedQueries: false,
    generateHash: async (_text, document) => trustedDocumentHash(document),
  });

const isUnauthenticated = (error: Parameters<typeof apiErrors>[0]) =>
  apiErrors(error).some((e) => e.code === 'UNAUTHENTICATED' && !e.reason) ||
  error?.response?.status === 401;

/** The current client (replaced on sign-out), for code that subscribes outside urql's hooks. */
export const CLIENT: InjectionKey<Ref<Client>> = Symbol('api client');

export interface ApiClient {
  client: Client;
  /** Reconnects the WebSocket so subscriptions continue under the current credentials. */
  reconnect(): void;
  dispose(): void;
}

/**
 * graphql-ws with a restart: closing with 4205 makes the client reconnect at once (reading
 * connectionParams again) and resubscribe everything that was open.
 */
function restartableWsClient(url: string, token: () => string | null, language: () => string) {
  let restart = () => {};
  let restartWanted = false;
  const ws: WsClient = createWsClient({
    url,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    // Browsers cannot send headers on a WebSocket: the gateway reads credentials from here.
    // The language names the one the gateway answers errors in, as Accept-Language does.
    connectionParams: () => {
      const current = token();
      return {
        language: language(),
        ...(current ? { authorization: `Bearer ${current}` } : {}),
      };
    },
    on: {
      opened: (socket) => {
        const webSocket = socket as WebSocket;
        restart = () => {
          if (webSocket.readyState === WebSocket.OPEN) webSocket.close(4205, 'Client Restart');
          else restartWanted = true;
        };
        if (restartWanted) {
          restartWanted = false;
          restart();
        }
      },
    },
  });
  return { ws, restart: () => restart() };
}

/**
 * `language` is the one the person reads the dashboard in: the gateway answers errors in it
 * (Accept-Language), so the server's words shown beside ours are in the same language.
 * `earlyAnswers` are the answers to queries the entry point sent before the app ran (the first
 * client only: one made after a sign-out must not see the previous person's).
 */
export function createApiClient(
  gatewayUrl: string,
  session: SessionStore,
  language: () => string = () => 'ko',
  earlyAnswers?: EarlyAnswers,
): ApiClient {
  const { ws, restart } = restartableWsClient(
    gatewayUrl.replace(/^http/, 'ws'),
    () => session.accessToken,
    language,
  );
  const auth: Exchange = authExchange(async (utils) => ({
    addAuthToOperation(operation) {
      if (!session.accessToken) return operation;
      return utils.appendHeaders(operation, { authorization: `Bearer ${session.accessToken}` });
    },
    willAuthError: () => session.expiresSoon(),
    // Only a request that carried a token can have failed for its token; a wrong password
    // at log-in is also UNAUTHENTICATED and must not trigger a refresh.
    didAuthError: (error, operation) => {
      const headers = operation.context.fetchOptions;
      const sent =
        typeof headers === 'object' &&
        headers !== null &&
        'authorization' in ((headers.headers ?? {}) as Record<string, string>);
      return sent && isUnauthenticated(error);
    },
    // Refresh once; when that fails the store ends the session and the router sends the
    // person to log in again.
    refreshAuth: async () => {
      await session.refresh();
    },
  }));
  const client = new Client({
    url: gatewayUrl,
    fetchOptions: () => ({ headers: { ...CSRF_HEADERS, 'accept-language': language() } }),
    exchanges: [
      cacheExchange,
      ...(earlyAnswers ? [earlyAnswersExchange(earlyAnswers)] : []),
      auth,
      byHash(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
  return {
    client,
    reconnect: restart,
    dispose: () => void ws.dispose(),
  };
}
