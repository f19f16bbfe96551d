import { signInternalIdentity } from '@capstone/auth';
import type { GatewayContext } from '../context.js';

/** Identity tokens live a minute; a long subscription re-signs for each event's fetches. */
const TOKEN_REFRESH_MS = 30_000;

/**
 * The subscriber's context with an identity token young enough for the subgraph fetches of
 * the next event, however long ago the subscription started.
 */
export function freshIdentity(context: GatewayContext, internalSecret: string) {
  let token = context.internalToken;
  let signedAt = Date.now();
  return {
    /** The token the subscription started with, for the upstream subscription itself. */
    initialToken: token,
    async context(): Promise<GatewayContext> {
      if (Date.now() - signedAt > TOKEN_REFRESH_MS) {
        token = await signInternalIdentity(context.identity, internalSecret);
        signedAt = Date.now();
      }
      return { ...context, internalToken: token };
    },
  };
}
