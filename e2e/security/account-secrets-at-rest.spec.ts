/**
 * Attack: reading secrets from a copy of the accounts database (a backup, a replica, an SQL
 * injection elsewhere). TOTP secrets and the private signing key used to be stored in plain
 * text. They are now sealed with AES-256-GCM under a key from the environment, named by key id
 * so it can be rotated; rows from before are sealed at start-up. The signing key itself rotates
 * with an overlap: the JWKS publishes the old and the new key until old tokens expire.
 */
import { rotateSigningKey } from '@capstone/accounts';
import { databaseUrl } from '@capstone/config';
import { withConnection } from '@capstone/db';
import { exportJWK, generateKeyPair } from 'jose';
import { TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

const platform = usePlatform({ services: ['accounts', 'gateway'] });
/** Sealed under the platform's sealing key (the first listed), whose id the text names. */
const sealed = () =>
  new RegExp(`^aesgcm1\\.${platform.config.SECRETS_ENCRYPTION_KEYS.split(':')[0]}\\.`);
const query = <Row>(sql: string, values: unknown[] = []) =>
  withConnection(databaseUrl(platform.config, 'accounts'), (db) =>
    db.query(sql, values),
  ) as Promise<Row[]>;
const kidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;

describe('attack: reading secrets from a copy of the database', () => {
  it('finds TOTP secrets sealed, bound to their row', async () => {
    const user = await platform.signUp('sealed-totp');
    const enrol = await user.ask<{ enrolTotp: { secret: string } }>(
      'mutation { enrolTotp { secret } }',
    );
    const secret = enrol.data!.enrolTotp.secret;
    const [row] = await query<{ totpSecret: string }>(
      'SELECT totpSecret FROM `User` WHERE id = ?',
      [user.id],
    );
    expect(row!.totpSecret).toMatch(sealed());
    expect(row!.totpSecret).not.toContain(secret);

    // Moved onto another account, the sealed secret does not open (it is bound to its row).
    const other = await platform.signUp('sealed-totp-other');
    await query('UPDATE `User` SET totpSecret = ? WHERE id = ?', [row!.totpSecret, other.id]);
    const totp = new TOTP({ secret, issuer: 'capstone-trading', label: other.email });
    const moved = await other.ask('mutation($code: String!) { confirmTotp(code: $code) }', {
      code: totp.generate(),
    });
    expect(moved.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('finds the private signing key sealed, and no plain copy', async () => {
    await platform.signUp('sealed-key');
    const keys = await query<{ privateJwk: unknown; privateKeySealed: string }>(
      'SELECT privateJwk, privateKeySealed FROM SigningKey',
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key.privateJwk).toBeNull();
      expect(key.privateKeySealed).toMatch(sealed());
      expect(key.privateKeySealed).not.toContain('"d"');
    }
  });

  it('seals a plain TOTP secret from before encryption when accounts starts', async () => {
    const user = await platform.signUp('legacy-totp');
    const legacySecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await query('UPDATE `User` SET totpSecret = ?, totpEnabled = true WHERE id = ?', [
      legacySecret,
      user.id,
    ]);
    await platform.stopService('accounts');
    await platform.restartSubgraph('accounts');
    const [row] = await query<{ totpSecret: string }>(
      'SELECT totpSecret FROM `User` WHERE id = ?',
      [user.id],
    );
    expect(row!.totpSecret).toMatch(/^aesgcm1\./);
    // The sealed secret is the same secret: its codes still log in.
    const totp = new TOTP({ secret: legacySecret, issuer: 'capstone-trading', label: user.email });
    const login = await platform.anonymous.ask(
      'mutation($email: String!, $password: String!, $code: String) { logIn(email: $email, password: $password, totpCode: $code) { accessToken } }',
      { email: user.email, password: user.password, code: totp.generate() },
    );
    expect(login.errors).toBeUndefined();
  });
});

describe('signing keys from before encryption at rest', () => {
  it('are sealed when accounts starts, and the plain copy is cleared', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: 'legacy-key', alg: 'ES256' };
    // Withdrawn long ago, so it neither signs nor is published; only its storage matters here.
    await query(
      "INSERT INTO SigningKey (kid, alg, publicJwk, privateJwk, activatesAt, retiredAt) VALUES ('legacy-key', 'ES256', '{}', ?, '2000-01-01', '2000-01-02')",
      [JSON.stringify(jwk)],
    );
    await platform.stopService('accounts');
    await platform.restartSubgraph('accounts');
    const [row] = await query<{ privateJwk: unknown; privateKeySealed: string }>(
      "SELECT privateJwk, privateKeySealed FROM SigningKey WHERE kid = 'legacy-key'",
    );
    expect(row!.privateJwk).toBeNull();
    expect(row!.privateKeySealed).toMatch(sealed());
    expect(row!.privateKeySealed).not.toContain(jwk.d!);
  });
});

describe('signing-key rotation with overlap', () => {
  it('publishes old and new keys; tokens of the old key keep working', async () => {
    const before = await platform.signUp('rotation');
    const oldKid = kidOf(before.accessToken);
    const { kid: newKid } = await rotateSigningKey(platform.config, { publishAheadSeconds: 0 });
    // A replica picks the new key up within a minute; a restart at once.
    await platform.stopService('accounts');
    await platform.restartSubgraph('accounts');

    const jwks = (await (
      await fetch(`${platform.urls.accounts}/.well-known/jwks.json`)
    ).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys.map((key) => key.kid).sort()).toEqual([oldKid, newKid].sort());
    const after = await platform.logIn(before.email, before.password);
    expect(kidOf(after.accessToken)).toBe(newKid);
    const me = await before.ask<{ me: { id: string } }>('{ me { id } }');
    expect(me.data?.me.id).toBe(before.id);
  });
});
