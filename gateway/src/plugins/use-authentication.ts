import type { Identity } from '@capstone/auth';
import type { Plugin } from 'graphql-yoga';
import { createAuthenticator, type AuthenticatorOptions, type Listener } from './credentials.js';

export type AuthenticationOptions = AuthenticatorOptions;

export interface AuthenticationContext {
  identity: Identity;
  /** Set by the internal listener's handler; anything else (HTTP, WebSocket) is public. */
  listener?: Listener;
}

/**
 * Works out who is asking (access token, API key, forwarded identity, or nobody) before the
 * operation runs, and puts it in the context as `identity`. A credential that does not verify
 * refuses the request with UNAUTHENTICATED (401; 503 when accounts cannot be asked).
 */
export function useAuthentication(options: AuthenticationOptions): Plugin<AuthenticationContext> {
  const authenticate = createAuthenticator(options);
  return {
    async onContextBuilding({ context, extendContext }) {
      extendContext({
        identity: await authenticate(context.request, context.listener ?? 'public'),
      });
    },
  };
}
