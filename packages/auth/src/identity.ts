import type { Role, Scope } from './scopes.js';

/** Who is asking, as the gateway established it. */
export type Identity =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; role: Role }
  | { kind: 'apiKey'; userId: string; role: Role; keyId: string; scopes: Scope[] };

export const ANONYMOUS: Identity = { kind: 'anonymous' };

/** The user an identity acts for, or undefined when anonymous. */
export function userIdOf(identity: Identity): string | undefined {
  return identity.kind === 'anonymous' ? undefined : identity.userId;
}

/** Whether the identity may use `scope`: always for a signed-in user, by its scopes for a key. */
export function hasScope(identity: Identity, scope: Scope): boolean {
  if (identity.kind === 'anonymous') return false;
  if (identity.kind === 'user') return true;
  return identity.scopes.includes(scope);
}
