import { GraphQLError } from 'graphql';
import { hasScope, type Identity } from './identity.js';
import type { Scope } from './scopes.js';

/** The scopes every subgraph's Pothos builder declares (`@pothos/plugin-scope-auth`). */
export interface AuthScopes {
  /** Signed in, with a password session, an external provider or an API key. */
  authenticated: boolean;
  /** Signed in with a session, not with an API key (managing keys, changing credentials). */
  session: boolean;
  admin: boolean;
  /** The identity may use this API scope. */
  scope: Scope;
}

/** Turns the forwarded identity into the scopes Pothos checks on each field. */
export function authScopesFor(identity: Identity) {
  return {
    authenticated: identity.kind !== 'anonymous',
    session: identity.kind === 'user',
    admin: identity.kind !== 'anonymous' && identity.role === 'ADMIN',
    scope: (scope: Scope) => hasScope(identity, scope),
  };
}

/** Anonymous callers learn they must sign in; signed-in callers that may not, that they may not. */
export function unauthorizedError(identity: Identity): GraphQLError {
  return identity.kind === 'anonymous'
    ? new GraphQLError('Sign in, or send an API key, to do this', {
        extensions: { code: 'UNAUTHENTICATED' },
      })
    : new GraphQLError('You are not allowed to do this', { extensions: { code: 'FORBIDDEN' } });
}

/** For ownership checks inside resolvers: the caller's user id, or an UNAUTHENTICATED error. */
export function requireUserId(identity: Identity): string {
  if (identity.kind === 'anonymous') throw unauthorizedError(identity);
  return identity.userId;
}

/**
 * The `scopeAuth` options of a subgraph's Pothos builder: scopes come from the identity in
 * the context, and a refusal says whether to sign in or that it is not allowed.
 */
export function scopeAuthOptions<Context extends { identity: Identity }>() {
  return {
    // Refuse a subscription when it starts, not event by event after it was let in.
    authorizeOnSubscribe: true,
    authScopes: (context: Context) => authScopesFor(context.identity),
    unauthorizedError: (_parent: unknown, context: Context) => unauthorizedError(context.identity),
  };
}
