import { afterAll, beforeAll } from 'vitest';
import { DEMO_USER_EMAIL } from '@capstone/accounts';
import type { Identity, Role } from '@capstone/auth';
import type { Env } from '@capstone/config';
import { callerWith, type Caller, type GatewayConnection } from './callers.js';
import {
  appointFirstAdministrator,
  internalHeaders,
  logIn,
  signUp,
  type SignedInUser,
} from './identities.js';
import {
  startLocalOidcProvider,
  type LocalAccount,
  type LocalOidcProvider,
} from './oidc-provider.js';
import { quoteFeed, type QuoteFeed } from './quote-feed.js';
import { startPlatform, type StartPlatformOptions, type TestPlatform } from './test-platform.js';

export interface UsePlatformOptions extends StartPlatformOptions {
  /**
   * Starts a local OpenID Connect provider first, that lets the app redirect to these URIs,
   * and configures accounts to offer it (as provider `local`).
   */
  oidc?: { redirectUris: string[] };
}

export interface PlatformFixture extends Pick<
  TestPlatform,
  | 'config'
  | 'urls'
  | 'graphqlUrl'
  | 'internalGraphqlUrl'
  | 'metricsUrls'
  | 'seed'
  | 'kisSimulator'
  | 'etlWorker'
  | 'mail'
  | 'stopService'
  | 'restartSubgraph'
> {
  /** The local OpenID Connect provider, when `oidc` was given. */
  readonly oidc: LocalOidcProvider | undefined;
  /** Someone who sends no credentials at all. */
  readonly anonymous: Caller;
  /** Signs a new user up (by `via`, anonymous unless given); `name` shows in the e-mail address. */
  signUp(name?: string, options?: { via?: Caller }): Promise<SignedInUser>;
  logIn(email: string, password: string): Promise<SignedInUser>;
  /** The seeded demo user, logged in (needs `seed: true`). */
  demo(): Promise<SignedInUser>;
  /**
   * Starts an external log-in (the `oidc` option's provider, its first redirect URI) as
   * `account`, and follows the provider's redirects: the URL `completeExternalLogin` takes.
   */
  externalLoginCallback(subject: string, account: LocalAccount): Promise<string>;
  /** A new user with the administrator role, logged in after getting it. */
  admin(name?: string): Promise<SignedInUser>;
  /** Gives `user` another role through `setUserRole`, as an administrator, and logs them in again. */
  withRole(user: SignedInUser, role: Role): Promise<SignedInUser>;
  /**
   * A caller that sends the gateway-signed identity header to the gateway's internal listener,
   * as a platform service does when it forwards a request (`ANONYMOUS` for a service acting for
   * nobody in particular). The public listener refuses that header.
   */
  internal(identity: Identity): Promise<Caller>;
  /** The platform's live quote channels, for subscription tests. */
  readonly quotes: QuoteFeed;
}

/**
 * The platform for one spec file (or one describe block): registers `beforeAll`, which starts
 * the services in this process on fresh databases, and `afterAll`, which closes every
 * subscription the callers left open and stops it all. Its users send operations themselves:
 *
 *     const platform = usePlatform({ services: ['accounts', 'gateway'] });
 *     it('answers me', async () => {
 *       const alice = await platform.signUp('alice');
 *       expect((await alice.ask('{ me { email } }')).data?.me.email).toBe(alice.email);
 *     });
 *
 * Options that need work first (a build, a free port) come from a function, called in the
 * `beforeAll`.
 *
 * `startPlatform` stays the layer below, for benchmarks and tests that start and stop a
 * platform inside a test.
 */
export function usePlatform(
  optionsOrSetUp: UsePlatformOptions | (() => Promise<UsePlatformOptions>) = {},
): PlatformFixture {
  let options: UsePlatformOptions = typeof optionsOrSetUp === 'function' ? {} : optionsOrSetUp;
  let platform: TestPlatform | undefined;
  let oidc: LocalOidcProvider | undefined;
  let quotes: QuoteFeed | undefined;
  let firstAdmin: Promise<SignedInUser> | undefined;
  const openResources = new Set<() => unknown>();

  beforeAll(async () => {
    if (typeof optionsOrSetUp === 'function') options = await optionsOrSetUp();
    if (options.oidc) oidc = await startLocalOidcProvider(options.oidc.redirectUris);
    platform = await startPlatform({
      ...options,
      env: {
        ...(oidc
          ? {
              OIDC_ISSUER: oidc.issuer,
              OIDC_CLIENT_ID: oidc.clientId,
              OIDC_CLIENT_SECRET: oidc.clientSecret,
              OIDC_NAME: 'local',
              OIDC_REDIRECT_URIS: options.oidc!.redirectUris.join(','),
            }
          : {}),
        ...options.env,
      },
    });
  });
  afterAll(async () => {
    await Promise.allSettled([...openResources].map(async (close) => close()));
    quotes?.close();
    await platform?.stop();
    await oidc?.close();
  });

  const started = (): TestPlatform => {
    if (!platform) {
      throw new Error('usePlatform(): the platform starts in beforeAll; use it in tests and hooks');
    }
    return platform;
  };
  const gateway = (): GatewayConnection => ({
    graphqlUrl: started().graphqlUrl,
    mail: started().mail,
    track: (close) => openResources.add(close),
  });

  const fixture: PlatformFixture = {
    get config(): Env {
      return started().config;
    },
    get urls() {
      return started().urls;
    },
    get graphqlUrl() {
      return started().graphqlUrl;
    },
    get internalGraphqlUrl() {
      return started().internalGraphqlUrl;
    },
    get metricsUrls() {
      return started().metricsUrls;
    },
    get seed() {
      return started().seed;
    },
    get kisSimulator() {
      return started().kisSimulator;
    },
    get etlWorker() {
      return started().etlWorker;
    },
    get mail() {
      return started().mail;
    },
    get oidc() {
      started();
      return oidc;
    },
    get anonymous() {
      return callerWith(gateway());
    },
    get quotes() {
      return (quotes ??= quoteFeed(started().config));
    },
    stopService: (name) => started().stopService(name),
    restartSubgraph: (name) => started().restartSubgraph(name),
    signUp: (name, { via } = {}) => signUp(gateway(), name, via),
    logIn: (email, password) => logIn(gateway(), email, password),
    async externalLoginCallback(subject, account) {
      const redirectUri = options.oidc?.redirectUris[0];
      if (!oidc || !redirectUri) throw new Error('usePlatform(): give the oidc option first');
      oidc.signInAs(subject, account);
      const start = await callerWith(gateway()).ask<{
        startExternalLogin: { authorizationUrl: string };
      }>(
        'mutation Start($redirect: String!) { startExternalLogin(provider: "local", redirectUri: $redirect) { authorizationUrl } }',
        { redirect: redirectUri },
      );
      if (!start.data?.startExternalLogin) {
        throw new Error(`startExternalLogin failed: ${JSON.stringify(start.errors)}`);
      }
      return oidc.authorize(start.data.startExternalLogin.authorizationUrl, redirectUri);
    },
    demo: () => logIn(gateway(), DEMO_USER_EMAIL, started().config.DEMO_USER_PASSWORD),
    async admin(name = 'admin') {
      if (!firstAdmin) {
        firstAdmin = (async () => {
          const user = await signUp(gateway(), name);
          await appointFirstAdministrator(started().config, user);
          return logIn(gateway(), user.email, user.password);
        })();
        return firstAdmin;
      }
      return fixture.withRole(await signUp(gateway(), name), 'ADMIN');
    },
    async withRole(user, role) {
      const appointedBy = await (firstAdmin ?? fixture.admin());
      const response = await appointedBy.ask(
        'mutation SetRole($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { role } }',
        { id: user.id, role },
      );
      if (response.data?.setUserRole?.role !== role) {
        throw new Error(`setUserRole failed: ${JSON.stringify(response.errors)}`);
      }
      return logIn(gateway(), user.email, user.password);
    },
    internal: async (identity) =>
      callerWith(
        { ...gateway(), graphqlUrl: started().internalGraphqlUrl },
        await internalHeaders(started().config, identity),
      ),
  };
  return fixture;
}
