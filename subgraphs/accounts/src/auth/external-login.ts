import * as oidc from 'openid-client';
import type { ExternalLoginState } from '../generated/prisma/client.js';
import type { PrismaClient } from '../prisma.js';
import { scopeFor, type ExternalProfile, type ExternalProvider } from './external-providers.js';

/** How long a started external log-in may take before its state is refused. */
export const STATE_LIFETIME_MS = 10 * 60_000;

/**
 * Begins the authorization code flow with PKCE: a fresh verifier, state and nonce, kept in the
 * database until the provider sends the person back, and the URL to send them to.
 */
export async function beginExternalLogin(
  prisma: PrismaClient,
  provider: ExternalProvider,
  redirectUri: string,
  now = new Date(),
): Promise<{ authorizationUrl: string; state: string }> {
  const configuration = await provider.configuration();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await prisma.externalLoginState.deleteMany({ where: { expiresAt: { lt: now } } });
  await prisma.externalLoginState.create({
    data: {
      state,
      provider: provider.name,
      codeVerifier,
      nonce,
      redirectUri,
      expiresAt: new Date(now.getTime() + STATE_LIFETIME_MS),
    },
  });
  const url = await authorizationUrl(configuration, provider, {
    redirectUri,
    codeVerifier,
    state,
    nonce,
  });
  return { authorizationUrl: url.href, state };
}

/** The provider's authorization URL for one attempt: S256 code challenge, state, nonce. */
export async function authorizationUrl(
  configuration: oidc.Configuration,
  provider: Pick<ExternalProvider, 'idToken' | 'name'>,
  attempt: { redirectUri: string; codeVerifier: string; state: string; nonce: string },
): Promise<URL> {
  return oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: attempt.redirectUri,
    scope: scopeFor(provider),
    code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
    code_challenge_method: 'S256',
    state: attempt.state,
    // Naver signs nothing, so there is no ID token to carry the nonce back.
    ...(provider.idToken ? { nonce: attempt.nonce } : {}),
  });
}

/** Why a callback's state is refused, or undefined when it may go on. */
export type StateRefusal = 'unknown-or-expired' | 'redirect-mismatch';

/**
 * Judges a callback against the state it names: the state must exist, be this provider's, be
 * unexpired and have been taken by this request (a state works once); and the callback must
 * come back to the address the log-in started with.
 */
export function refuseCallback(
  pending: Pick<ExternalLoginState, 'provider' | 'expiresAt' | 'redirectUri'> | null,
  {
    takenByThisRequest,
    provider,
    callback,
    now,
  }: {
    takenByThisRequest: boolean;
    provider: string;
    callback: URL;
    now: Date;
  },
): StateRefusal | undefined {
  if (!pending || !takenByThisRequest || pending.provider !== provider || pending.expiresAt < now) {
    return 'unknown-or-expired';
  }
  if (`${callback.origin}${callback.pathname}` !== pending.redirectUri.split('?')[0]) {
    return 'redirect-mismatch';
  }
  return undefined;
}

/**
 * Takes the state a callback names out of the database: deleted before the code is redeemed,
 * so that a replayed callback finds nothing. Returns it with whether this request took it.
 */
export async function takeLoginState(
  prisma: PrismaClient,
  state: string,
): Promise<{ pending: ExternalLoginState | null; takenByThisRequest: boolean }> {
  const pending = await prisma.externalLoginState.findUnique({ where: { state } });
  const { count } = await prisma.externalLoginState.deleteMany({ where: { state } });
  return { pending, takenByThisRequest: count > 0 };
}

/** Redeems the code (with the PKCE verifier) and reads who signed in at the provider. */
export async function profileFromCallback(
  provider: ExternalProvider,
  callback: URL,
  pending: ExternalLoginState,
): Promise<ExternalProfile> {
  const configuration = await provider.configuration();
  const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    ...(provider.idToken ? { expectedNonce: pending.nonce } : {}),
    idTokenExpected: provider.idToken,
  });
  if (provider.profile) return provider.profile(configuration, tokens.access_token);
  const claims = tokens.claims()!;
  return {
    subject: claims.sub,
    email: typeof claims.email === 'string' ? claims.email : undefined,
    emailVerified: claims.email_verified === true,
    name: typeof claims.name === 'string' ? claims.name : undefined,
  };
}
