/**
 * What an API key may do. A user signed in with a password or an external provider may
 * do everything their role allows; a key may do only what its scopes name.
 */
export const SCOPES = [
  'portfolio:read',
  'portfolio:write',
  'simulation:run',
  'market:read',
  'ai:read',
] as const;
export type Scope = (typeof SCOPES)[number];

export const ROLES = ['USER', 'PARTNER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Claims of the access tokens accounts issues and the gateway verifies. */
export const ACCESS_TOKEN_ISSUER = 'capstone-accounts';
export const ACCESS_TOKEN_AUDIENCE = 'capstone';
