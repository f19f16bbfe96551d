import type { AuthSessionFragment } from '@capstone/operations/web/graphql';

export const ME: AuthSessionFragment['user'] = {
  __typename: 'User',
  id: 'u1',
  email: 'me@example.com',
  displayName: '나',
  role: 'USER',
  totpEnabled: false,
};

/** Session number `n` as the API hands it out: its own pair of tokens. */
export const authSession = (n: number, expiresIn = 900): AuthSessionFragment => ({
  __typename: 'AuthPayload',
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresIn,
  refreshTokenExpiresAt: '2026-12-31T00:00:00Z',
  user: ME,
});
