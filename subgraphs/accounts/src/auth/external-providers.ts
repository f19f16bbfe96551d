import type { Env } from '@capstone/config';
import * as oidc from 'openid-client';

/** What a provider told us about the person who signed in there. */
export interface ExternalProfile {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

export interface ExternalProvider {
  name: string;
  displayName: string;
  /** openid-client's view of the provider, discovered once and kept. */
  configuration: () => Promise<oidc.Configuration>;
  /** Naver speaks OAuth 2 without ID tokens; its profile comes from its own user API. */
  idToken: boolean;
  profile?: (configuration: oidc.Configuration, accessToken: string) => Promise<ExternalProfile>;
}

const SCOPE = 'openid email profile';
export const scopeFor = (provider: Pick<ExternalProvider, 'idToken'>) =>
  provider.idToken ? SCOPE : 'name email';

function loopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function discovered(
  issuer: string,
  clientId: string,
  clientSecret: string | undefined,
  production: boolean,
) {
  let configuration: Promise<oidc.Configuration> | undefined;
  return () => {
    configuration ??= (async () => {
      const url = new URL(issuer);
      // Plain HTTP only for a provider on this machine (a development or test issuer).
      const insecure = url.protocol === 'http:' && loopback(url) && !production;
      return oidc.discovery(
        url,
        clientId,
        clientSecret,
        undefined,
        insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
    })().catch((error: unknown) => {
      configuration = undefined;
      throw error;
    });
    return configuration;
  };
}

/** The providers this deployment offers: presets for Google, Kakao and Naver, and any issuer. */
export function externalProviders(config: Env): Map<string, ExternalProvider> {
  const production = config.NODE_ENV === 'production';
  const providers: ExternalProvider[] = [];
  if (config.OIDC_GOOGLE_CLIENT_ID) {
    providers.push({
      name: 'google',
      displayName: 'Google',
      idToken: true,
      configuration: discovered(
        'https://accounts.google.com',
        config.OIDC_GOOGLE_CLIENT_ID,
        config.OIDC_GOOGLE_CLIENT_SECRET,
        production,
      ),
    });
  }
  if (config.OIDC_KAKAO_CLIENT_ID) {
    providers.push({
      name: 'kakao',
      displayName: '카카오',
      idToken: true,
      configuration: discovered(
        'https://kauth.kakao.com',
        config.OIDC_KAKAO_CLIENT_ID,
        config.OIDC_KAKAO_CLIENT_SECRET,
        production,
      ),
    });
  }
  if (config.OIDC_NAVER_CLIENT_ID) {
    const configuration = new oidc.Configuration(
      {
        issuer: 'https://nid.naver.com',
        authorization_endpoint: 'https://nid.naver.com/oauth2.0/authorize',
        token_endpoint: 'https://nid.naver.com/oauth2.0/token',
        userinfo_endpoint: 'https://openapi.naver.com/v1/nid/me',
      },
      config.OIDC_NAVER_CLIENT_ID,
      config.OIDC_NAVER_CLIENT_SECRET,
    );
    providers.push({
      name: 'naver',
      displayName: '네이버',
      idToken: false,
      configuration: async () => configuration,
      profile: async (configured, accessToken) => {
        const response = await oidc.fetchProtectedResource(
          configured,
          accessToken,
          new URL('https://openapi.naver.com/v1/nid/me'),
          'GET',
        );
        const body = (await response.json()) as {
          response?: { id?: string; email?: string; name?: string };
        };
        if (!body.response?.id) throw new Error('Naver did not return a profile');
        // Naver does not say whether the address was verified, so it never links existing accounts.
        return {
          subject: body.response.id,
          email: body.response.email,
          emailVerified: false,
          name: body.response.name,
        };
      },
    });
  }
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID) {
    providers.push({
      name: config.OIDC_NAME,
      displayName: new URL(config.OIDC_ISSUER).hostname,
      idToken: true,
      configuration: discovered(
        config.OIDC_ISSUER,
        config.OIDC_CLIENT_ID,
        config.OIDC_CLIENT_SECRET,
        production,
      ),
    });
  }
  return new Map(providers.map((provider) => [provider.name, provider]));
}
