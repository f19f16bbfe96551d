import { signInternalIdentity } from '@capstone/auth';
import type { Plugin } from 'graphql-yoga';
import type { AuthenticationContext } from './use-authentication.js';

export interface InternalIdentityOptions {
  /** INTERNAL_JWT_SECRET, shared with the subgraphs. */
  secret: string;
}

export interface InternalIdentityContext {
  /** The caller's identity signed for the subgraphs, which answer only the gateway. */
  internalToken: string;
}

/** Signs the caller's identity for the subgraph fetches. Comes after `useAuthentication`. */
export function useInternalIdentity({
  secret,
}: InternalIdentityOptions): Plugin<AuthenticationContext & InternalIdentityContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      extendContext({ internalToken: await signInternalIdentity(context.identity, secret) });
    },
  };
}
