import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalAccount {
  email: string;
  emailVerified: boolean;
  name: string;
}

export interface LocalOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next log-in at this provider signs in as. */
  signInAs: (subject: string, account: LocalAccount) => void;
  /** Follows the browser's redirects from the authorization URL to the app's redirect URI. */
  authorize: (authorizationUrl: string, redirectUri: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * A real OpenID Connect provider (node-oidc-provider) on a loopback port, whose log-in page
 * approves at once as the account the test picked.
 */
export async function startLocalOidcProvider(redirectUris: string[]): Promise<LocalOidcProvider> {
  // Loaded here, not with the test platform: it warns on import about Node 20, in every spec.
  const { default: Provider } = await import('oidc-provider');
  const accounts = new Map<string, LocalAccount>();
  let next: string | undefined;
  const clientId = 'capstone-test';
  const clientSecret = 'capstone-test-secret-which-is-long-enough';

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_context, subject) => {
      const account = accounts.get(subject);
      if (!account) return undefined;
      return {
        accountId: subject,
        claims: async () => ({
          sub: subject,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['local-oidc-provider-cookie-key'] },
  });
  const callback = provider.callback();

  server.on('request', async (request, response) => {
    if (!request.url?.startsWith('/interaction/')) return callback(request, response);
    try {
      const details = await provider.interactionDetails(request, response);
      const accountId = next!;
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId }, consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      response.writeHead(500);
      response.end(String(error));
    }
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (subject, account) => {
      accounts.set(subject, account);
      next = subject;
    },
    authorize: async (authorizationUrl, redirectUri) => {
      const cookies = new Map<string, string>();
      let url = authorizationUrl;
      for (let hop = 0; hop < 10; hop++) {
        const response = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
        });
        for (const cookie of response.headers.getSetCookie()) {
          const [pair] = cookie.split(';');
          const [name, ...value] = pair!.split('=');
          cookies.set(name!.trim(), value.join('='));
        }
        const location = response.headers.get('location');
        if (!location)
          throw new Error(
            `The provider stopped at ${url} with ${response.status}: ${await response.text()}`,
          );
        const target = new URL(location, url).href;
        if (target.startsWith(redirectUri)) return target;
        url = target;
      }
      throw new Error('Too many redirects at the provider');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
