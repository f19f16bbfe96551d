import { forbidden, unauthenticated } from '@capstone/errors';
import type { GraphQLError } from 'graphql';
import { hasScope, type Identity } from './identity.js';
import { isScope, type Scope } from './scopes.js';

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

/** Administrators only, and only signed in with a session: an API key never administers. */
export const ADMIN_ONLY = { $all: { admin: true, session: true } } as const;

/** Turns the forwarded identity into the scopes Pothos checks on each field. */
export function authScopesFor(identity: Identity) {
  return {
    authenticated: identity.kind !== 'anonymous',
    session: identity.kind === 'user',
    admin: identity.kind !== 'anonymous' && identity.role === 'ADMIN',
    scope: (scope: Scope) => hasScope(identity, scope),
  };
}

/** What Pothos's scope-auth reports of a refusal: the scopes that failed, nested by $all/$any. */
export interface ScopeFailure {
  kind: string;
  scope?: string;
  parameter?: unknown;
  failures?: readonly ScopeFailure[];
}

/** The first API scope a refusal asked for and did not get, if an API scope was the reason. */
export function missingApiScope(failure: ScopeFailure | undefined): Scope | undefined {
  if (!failure) return undefined;
  if (failure.scope === 'scope' && typeof failure.parameter === 'string') {
    return isScope(failure.parameter) ? failure.parameter : undefined;
  }
  for (const child of failure.failures ?? []) {
    const scope = missingApiScope(child);
    if (scope) return scope;
  }
  return undefined;
}

/**
 * Anonymous callers learn they must sign in; signed-in callers that may not, that they may
 * not, and an API key that lacks a scope, which one (`extensions.requiredScope`).
 */
export function unauthorizedError(identity: Identity, failure?: ScopeFailure): GraphQLError {
  if (identity.kind === 'anonymous') {
    return unauthenticated({
      ko: '이 작업을 하려면 로그인하거나 API 키를 보내세요',
      en: 'Sign in, or send an API key, to do this',
    });
  }
  const requiredScope = identity.kind === 'apiKey' ? missingApiScope(failure) : undefined;
  return requiredScope
    ? forbidden(
        {
          ko: `이 API 키에는 ${requiredScope} 권한이 없습니다. 그 권한이 있는 키를 만드세요`,
          en: `This API key lacks the scope ${requiredScope}; create a key that has it`,
        },
        { requiredScope },
      )
    : forbidden({ ko: '이 작업은 허용되지 않습니다', en: 'You are not allowed to do this' });
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
    unauthorizedError: (
      _parent: unknown,
      context: Context,
      _info: unknown,
      result: { failure: ScopeFailure },
    ) => unauthorizedError(context.identity, result.failure),
  };
}
