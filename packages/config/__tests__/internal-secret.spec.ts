import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopbackHost, parseEnv } from '@capstone/config';

// The development default is in the repository, so anyone could sign identities with it.
const REPOSITORY_SECRET = 'capstone-development-only-internal-secret-change-me';
const OWN_SECRET = 'a-secret-of-our-own-that-is-long-enough-01';

describe('the internal identity secret', () => {
  it('refuses the repository default in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() =>
      parseEnv({ NODE_ENV: 'production', INTERNAL_JWT_SECRET: OWN_SECRET }),
    ).not.toThrow();
  });

  it.each(['0.0.0.0', '::', '10.0.0.7', 'gateway'])(
    'refuses the repository default when services listen on %s, in any mode',
    (host) => {
      for (const mode of ['development', 'test']) {
        expect(() => parseEnv({ NODE_ENV: mode, HOST: host }), `${mode} ${host}`).toThrow(
          /INTERNAL_JWT_SECRET must be set to a secret of your own when services listen on/,
        );
        expect(() =>
          parseEnv({ NODE_ENV: mode, HOST: host, INTERNAL_JWT_SECRET: OWN_SECRET }),
        ).not.toThrow();
      }
    },
  );

  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])(
    'allows the repository default on loopback (%s) outside production',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
      expect(parseEnv({ HOST: host }).INTERNAL_JWT_SECRET).toBe(REPOSITORY_SECRET);
    },
  );
});

describe('.env.example', () => {
  const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
  const values = Object.fromEntries(
    [...example.matchAll(/^([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((match) => [match[1], match[2]]),
  );

  it('switches no production protection off when copied into a production .env', () => {
    const config = parseEnv({ ...values, NODE_ENV: 'production', INTERNAL_JWT_SECRET: OWN_SECRET });
    // Unset, trusted documents follow NODE_ENV (enforced in production).
    expect(config.TRUSTED_DOCUMENTS).toBeUndefined();
    expect(values.TRUSTED_DOCUMENTS).toBeUndefined();
  });
});
