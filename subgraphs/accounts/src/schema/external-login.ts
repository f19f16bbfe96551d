import { badInput, conflict, unauthenticated } from '@capstone/errors';
import * as oidc from 'openid-client';
import { builder } from '../builder.js';
import { scopeFor, type ExternalProfile } from '../auth/external-providers.js';
import type { AccountsContext } from '../context.js';
import type { User as UserRow } from '../generated/prisma/client.js';
import { AuthPayload, signedInAs } from './session.js';

const STATE_LIFETIME_MS = 10 * 60_000;

const ExternalLoginProvider = builder
  .objectRef<{ name: string; displayName: string }>('ExternalLoginProvider')
  .implement({
    description: 'A provider you can sign in with.',
    fields: (t) => ({
      name: t.exposeString('name', { description: 'Pass to startExternalLogin, e.g. "kakao".' }),
      displayName: t.exposeString('displayName', { description: 'What to show on the button.' }),
    }),
  });

const ExternalLoginStart = builder
  .objectRef<{ authorizationUrl: string; state: string }>('ExternalLoginStart')
  .implement({
    description: 'Where to send the person to sign in at the provider.',
    fields: (t) => ({
      authorizationUrl: t.exposeString('authorizationUrl', {
        description: 'Open this in the browser.',
      }),
      state: t.exposeString('state', {
        description: 'Comes back on the redirect; valid for 10 minutes.',
      }),
    }),
  });

function providerOf({ services }: AccountsContext, name: string) {
  const provider = services.externalProviders.get(name);
  if (!provider) throw badInput(`There is no log-in provider "${name}"`, { argument: 'provider' });
  return provider;
}

/**
 * The account an external log-in belongs to: the one already linked to it; else the one with
 * the same address, if the provider verified that address; else a new one. An unverified
 * address never links to an existing account, so nobody can take one over that way.
 */
async function accountFor(
  { prisma }: AccountsContext,
  provider: string,
  profile: ExternalProfile,
): Promise<UserRow> {
  const linked = await prisma.externalIdentity.findUnique({
    where: { provider_subject: { provider, subject: profile.subject } },
    include: { user: true },
  });
  if (linked) return linked.user;
  const email = profile.email?.trim().toLowerCase();
  if (!email) throw unauthenticated('The provider did not share an e-mail address');
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing && !profile.emailVerified) {
    throw conflict(
      'An account with this e-mail address exists, and the provider did not verify the address; sign in with your password instead',
    );
  }
  return prisma.$transaction(async (tx) => {
    const user =
      existing ??
      (await tx.user.create({
        data: {
          email,
          displayName: (profile.name ?? email.split('@')[0]!).slice(0, 100),
          emailVerified: profile.emailVerified,
        },
      }));
    if (existing && !existing.emailVerified) {
      await tx.user.update({ where: { id: existing.id }, data: { emailVerified: true } });
    }
    await tx.externalIdentity.create({
      data: { userId: user.id, provider, subject: profile.subject, email },
    });
    return user;
  });
}

builder.queryField('externalLoginProviders', (t) =>
  t.field({
    type: [ExternalLoginProvider],
    // Nullable at the root: when this subgraph is down, the rest of a query still answers.
    nullable: true,
    description: 'The external providers this deployment offers.',
    resolve: (_root, _args, { services }) =>
      [...services.externalProviders.values()].map(({ name, displayName }) => ({
        name,
        displayName,
      })),
  }),
);

builder.mutationFields((t) => ({
  startExternalLogin: t.field({
    type: ExternalLoginStart,
    description:
      'Begins a log-in at an external OpenID Connect provider (authorization code flow with PKCE).',
    args: {
      provider: t.arg.string({ required: true, description: 'e.g. "google", "kakao", "naver".' }),
      redirectUri: t.arg.string({
        required: true,
        description: 'Where the provider sends the person back; must be allowed.',
      }),
    },
    resolve: async (_root, args, context) => {
      const provider = providerOf(context, args.provider);
      if (!context.services.redirectUris.includes(args.redirectUri)) {
        throw badInput('This redirect URI is not allowed', { argument: 'redirectUri' });
      }
      const configuration = await provider.configuration();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      await context.prisma.externalLoginState.deleteMany({
        where: { expiresAt: { lt: new Date() } },
      });
      await context.prisma.externalLoginState.create({
        data: {
          state,
          provider: provider.name,
          codeVerifier,
          nonce,
          redirectUri: args.redirectUri,
          expiresAt: new Date(Date.now() + STATE_LIFETIME_MS),
        },
      });
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: args.redirectUri,
        scope: scopeFor(provider),
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        ...(provider.idToken ? { nonce } : {}),
      });
      return { authorizationUrl: url.href, state };
    },
  }),

  completeExternalLogin: t.field({
    type: AuthPayload,
    description:
      'Finishes an external log-in with the URL the provider redirected to, and signs in.',
    args: {
      provider: t.arg.string({
        required: true,
        description: 'The provider the log-in began with.',
      }),
      callbackUrl: t.arg.string({
        required: true,
        description: 'The whole redirect URL, with its code and state.',
      }),
    },
    resolve: async (_root, args, context) => {
      const provider = providerOf(context, args.provider);
      let callback: URL;
      try {
        callback = new URL(args.callbackUrl);
      } catch {
        throw badInput('`callbackUrl` is not a URL', { argument: 'callbackUrl' });
      }
      const stateValue = callback.searchParams.get('state') ?? '';
      // Each state works once: it is deleted before the code is redeemed.
      const pending = await context.prisma.externalLoginState.findUnique({
        where: { state: stateValue },
      });
      const { count } = await context.prisma.externalLoginState.deleteMany({
        where: { state: stateValue },
      });
      if (
        !pending ||
        count === 0 ||
        pending.provider !== provider.name ||
        pending.expiresAt < new Date()
      ) {
        throw unauthenticated('This log-in attempt is unknown or expired; start again');
      }
      if (`${callback.origin}${callback.pathname}` !== pending.redirectUri.split('?')[0]) {
        throw badInput('The callback URL does not match the redirect URI', {
          argument: 'callbackUrl',
        });
      }
      const configuration = await provider.configuration();
      let profile: ExternalProfile;
      try {
        const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          ...(provider.idToken ? { expectedNonce: pending.nonce } : {}),
          idTokenExpected: provider.idToken,
        });
        if (provider.profile) {
          profile = await provider.profile(configuration, tokens.access_token);
        } else {
          const claims = tokens.claims()!;
          profile = {
            subject: claims.sub,
            email: typeof claims.email === 'string' ? claims.email : undefined,
            emailVerified: claims.email_verified === true,
            name: typeof claims.name === 'string' ? claims.name : undefined,
          };
        }
      } catch (error) {
        context.logger.warn({ err: error, provider: provider.name }, 'external log-in failed');
        throw unauthenticated(`${provider.displayName} did not confirm the log-in`);
      }
      const user = await accountFor(context, provider.name, profile);
      return signedInAs(context, await context.services.sessions.start(user));
    },
  }),
}));
