export {
  ADMIN_ONLY,
  authScopesFor,
  missingApiScope,
  requireUserId,
  scopeAuthOptions,
  unauthorizedError,
  type AuthScopes,
  type ScopeFailure,
} from './auth-scopes.js';
export { ANONYMOUS, hasScope, userIdOf, type Identity } from './identity.js';
export {
  CLIENT_IP_HEADER,
  INTERNAL_IDENTITY_HEADER,
  InternalTokenError,
  signInternalIdentity,
  verifyInternalIdentity,
} from './internal-token.js';
export {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ROLES,
  SCOPES,
  isScope,
  type Role,
  type Scope,
} from './scopes.js';
export {
  createSessionRevocationList,
  revokeSessions,
  sessionRevocationKey,
  sessionRevokedChannel,
  type RevocationRedis,
  type RevocationSubscriber,
  type RevokeSessionsOptions,
  type SessionRevocationList,
  type SessionRevocationListOptions,
} from './session-revocation.js';
