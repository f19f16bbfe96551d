import { SignJWT, generateKeyPair, importJWK, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_IDENTITY_HEADER, signInternalIdentity } from '@capstone/auth';
import { createSecretBox, signingKeySealContext } from '@capstone/accounts';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { graphql, internalHeaders, usePlatform, type SignedInUser } from '@capstone/test-platform';

// One second of API-key caching, so a revoked key can be seen to stop working.
const platform = usePlatform({
  services: ['accounts', 'portfolio', 'market-data', 'gateway'],
  env: { API_KEY_CACHE_SECONDS: '1' },
});
let user: SignedInUser;
beforeAll(async () => {
  user = await platform.signUp('tokens');
});

const me = (headers: Record<string, string>) =>
  platform.anonymous.ask<{ me: { id: string } }>('{ me { id } }', {}, { headers });

/**
 * The accounts service's private signing key, read from its database and opened with the
 * platform's SECRETS_ENCRYPTION_KEYS: forging tokens (expired, or signed with another key under
 * this key's id) needs both, and no API hands either out.
 */
async function signingKey(): Promise<{ kid: string; jwk: JWK }> {
  const [row] = (await withConnection(databaseUrl(platform.config, 'accounts'), (connection) =>
    connection.query('SELECT kid, privateKeySealed FROM SigningKey WHERE retiredAt IS NULL'),
  )) as { kid: string; privateKeySealed: string }[];
  const box = createSecretBox(platform.config.SECRETS_ENCRYPTION_KEYS);
  const jwk = JSON.parse(box.open(row!.privateKeySealed, signingKeySealContext(row!.kid))) as JWK;
  return { kid: row!.kid, jwk };
}

const tokenFor = (claims: { sub: string; role: string }) =>
  new SignJWT({ role: claims.role })
    .setIssuer('capstone-accounts')
    .setAudience('capstone')
    .setSubject(claims.sub);

describe('access tokens at the gateway', () => {
  it('work when valid', async () => {
    expect((await me(user.headers)).data?.me.id).toBe(user.id);
  });

  it('are refused when expired', async () => {
    const { kid, jwk } = await signingKey();
    const expired = await tokenFor({ sub: user.id, role: 'USER' })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(await importJWK(jwk, 'ES256'));
    const response = await me({ authorization: `Bearer ${expired}` });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]).toMatchObject({
      message: '액세스 토큰이 만료되었습니다. 세션을 갱신하세요',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('are refused when tampered with (a user who makes themselves admin)', async () => {
    const [header, payload, signature] = user.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    const response = await me({ authorization: `Bearer ${header}.${forged}.${signature}` });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are refused when signed with another key under the real key id', async () => {
    const { kid } = await signingKey();
    const { privateKey } = await generateKeyPair('ES256');
    const foreign = await tokenFor({ sub: user.id, role: 'ADMIN' })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const response = await me({ authorization: `Bearer ${foreign}` });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are refused with "none" or a symmetric algorithm', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        sub: user.id,
        role: 'ADMIN',
        iss: 'capstone-accounts',
        aud: 'capstone',
        exp: 9999999999,
      }),
    ).toString('base64url');
    expect(
      (await me({ authorization: `Bearer ${header}.${body}.` })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await me({ authorization: 'Basic dXNlcjpwYXNz' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('API keys', () => {
  const CREATE_KEY =
    'mutation($scopes: [ApiScope!]!) { createApiKey(name: "agent", scopes: $scopes) { secret apiKey { id prefix scopes } } }';

  it('are shown once, stored as a hash, and stop working once revoked', async () => {
    const created = await user.ask<{
      createApiKey: { secret: string; apiKey: { id: string; prefix: string } };
    }>(CREATE_KEY, { scopes: ['PORTFOLIO_READ'] });
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    // From the database: that only a hash is stored cannot be seen through the API.
    const [stored] = (await withConnection(databaseUrl(platform.config, 'accounts'), (connection) =>
      connection.query('SELECT secretHash FROM ApiKey WHERE id = ?', [apiKey.id]),
    )) as { secretHash: string }[];
    expect(stored!.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(secret).not.toContain(stored!.secretHash);

    expect((await me({ 'x-api-key': secret })).data?.me.id).toBe(user.id);
    expect((await me({ authorization: `Bearer ${secret}` })).data?.me.id).toBe(user.id);

    const listed = await user.ask<{ apiKeys: { prefix: string }[] }>('{ apiKeys { prefix } }');
    expect(JSON.stringify(listed.data)).not.toContain(secret.slice(apiKey.prefix.length + 1));

    await user.ask('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const revoked = await me({ 'x-api-key': secret });
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]).toMatchObject({
      message: 'API 키가 유효하지 않습니다',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('keep the time of the first revocation when several race', async () => {
    const created = await user.ask<{ createApiKey: { apiKey: { id: string } } }>(CREATE_KEY, {
      scopes: ['PORTFOLIO_READ'],
    });
    const { id } = created.data!.createApiKey.apiKey;
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        user.ask<{ revokeApiKey: { revokedAt: string } }>(
          'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
          { id },
        ),
      ),
    );
    const stamps = answers.map((answer) => answer.data?.revokeApiKey.revokedAt);
    expect(stamps.every(Boolean)).toBe(true);
    expect(new Set(stamps).size).toBe(1);
  });

  it('are refused when made up', async () => {
    const response = await me({ 'x-api-key': `ck_0123456789ab_${'A'.repeat(43)}` });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('cannot create more keys or manage two-factor: those need a signed-in session', async () => {
    const key = await user.createApiKey(['PORTFOLIO_READ', 'PORTFOLIO_WRITE']);
    const escalate = await key.ask(CREATE_KEY, { scopes: ['MARKET_READ'] });
    expect(escalate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const totp = await key.ask('mutation { enrolTotp { secret } }');
    expect(totp.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('subgraphs', () => {
  const portfolioUrl = () => `${platform.urls.portfolio}/graphql`;

  it('refuse a request that did not come through the gateway', async () => {
    const response = await graphql(portfolioUrl(), '{ portfolios { id } }', {}, user.headers);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuse an internal identity signed with the wrong secret', async () => {
    const forged = await signInternalIdentity(
      { kind: 'user', userId: user.id, role: 'ADMIN' },
      'x'.repeat(40),
    );
    const response = await graphql(
      portfolioUrl(),
      '{ portfolios { id } }',
      {},
      { [INTERNAL_IDENTITY_HEADER]: forged },
    );
    expect(response.status).toBe(401);
  });

  it('serve a request with the gateway-signed identity', async () => {
    const response = await graphql(
      portfolioUrl(),
      '{ portfolios { id } }',
      {},
      await internalHeaders(platform.config, { kind: 'user', userId: user.id, role: 'USER' }),
    );
    expect(response).toMatchObject({ status: 200, data: { portfolios: [] } });
  });
});
