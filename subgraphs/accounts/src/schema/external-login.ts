import { badInput, conflict, unauthenticated } from '@capstone/errors';
import { accountForExternalLogin } from '../auth/account-linking.js';
import {
  beginExternalLogin,
  profileFromCallback,
  refuseCallback,
  takeLoginState,
} from '../auth/external-login.js';
import type { ExternalProfile } from '../auth/external-providers.js';
import { builder } from '../builder.js';
import type { AccountsContext } from '../context.js';
import { AuthPayload, signedInAs } from './session.js';

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
  if (!provider) {
    throw badInput(
      {
        ko: `"${name}"(이)라는 로그인 제공자가 없습니다`,
        en: `There is no log-in provider "${name}"`,
      },
      { argument: 'provider' },
    );
  }
  return provider;
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
        throw badInput(
          { ko: '허용되지 않은 리디렉션 URI입니다', en: 'This redirect URI is not allowed' },
          { argument: 'redirectUri' },
        );
      }
      return beginExternalLogin(context.prisma, provider, args.redirectUri);
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
        throw badInput(
          { ko: '`callbackUrl`이 URL이 아닙니다', en: '`callbackUrl` is not a URL' },
          { argument: 'callbackUrl' },
        );
      }
      const { pending, takenByThisRequest } = await takeLoginState(
        context.prisma,
        callback.searchParams.get('state') ?? '',
      );
      const refusal = refuseCallback(pending, {
        takenByThisRequest,
        provider: provider.name,
        callback,
        now: new Date(),
      });
      if (refusal === 'unknown-or-expired' || !pending) {
        throw unauthenticated({
          ko: '알 수 없거나 만료된 로그인 시도입니다. 처음부터 다시 하세요',
          en: 'This log-in attempt is unknown or expired; start again',
        });
      }
      if (refusal === 'redirect-mismatch') {
        throw badInput(
          {
            ko: '콜백 URL이 리디렉션 URI와 맞지 않습니다',
            en: 'The callback URL does not match the redirect URI',
          },
          { argument: 'callbackUrl' },
        );
      }
      let profile: ExternalProfile;
      try {
        profile = await profileFromCallback(provider, callback, pending);
      } catch (error) {
        context.logger.warn({ err: error, provider: provider.name }, 'external log-in failed');
        throw unauthenticated({
          ko: `${provider.displayName}에서 로그인을 확인하지 못했습니다`,
          en: `${provider.displayName} did not confirm the log-in`,
        });
      }
      const user = await accountForExternalLogin(
        context.prisma,
        provider.name,
        profile,
        context.services.sessions,
      );
      if ('reason' in user) {
        throw user.reason === 'no-email'
          ? unauthenticated({
              ko: '제공자가 이메일 주소를 알려 주지 않았습니다',
              en: 'The provider did not share an e-mail address',
            })
          : conflict({
              ko: '이 이메일 주소의 계정이 있는데 제공자가 주소를 확인하지 않았습니다. 비밀번호로 로그인하세요',
              en: 'An account with this e-mail address exists, and the provider did not verify the address; sign in with your password instead',
            });
      }
      return signedInAs(context, await context.services.sessions.start(user));
    },
  }),
}));
