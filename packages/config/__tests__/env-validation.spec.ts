import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  databaseUrl,
  envSchema,
  parseEnv,
  redisKeyPrefix,
  subgraphUrl,
} from '@capstone/config';

describe('environment validation', () => {
  it('gives local defaults when nothing is set', () => {
    const env = parseEnv({});
    expect(env.GATEWAY_PORT).toBe(4000);
    expect(env.MCP_SERVER_PORT).toBe(4010);
    expect(env.WEB_PORT).toBe(8080);
    expect(env.KIS_SIM_REST_PORT).toBe(4090);
    expect(env.DATABASE_URL).toBe('mysql://root@127.0.0.1:3306');
    expect(databaseUrl(env, 'market-data')).toBe(
      'mysql://root@127.0.0.1:3306/capstone_market_data',
    );
    expect(subgraphUrl(env, 'portfolio')).toBe('http://127.0.0.1:4002/graphql');
  });

  it('names the variable when a port is not a number', () => {
    expect(() => parseEnv({ GATEWAY_PORT: 'abc' })).toThrow(ConfigError);
    expect(() => parseEnv({ GATEWAY_PORT: 'abc' })).toThrow(
      /GATEWAY_PORT must be a number \(got "abc"\)/,
    );
  });

  it('reports every bad variable at once', () => {
    try {
      parseEnv({ ACCOUNTS_PORT: '70000', DATABASE_URL: 'postgres://x', NODE_ENV: 'staging' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const variables = (error as ConfigError).issues.map((issue) => issue.variable).sort();
      expect(variables).toEqual(['ACCOUNTS_PORT', 'DATABASE_URL', 'NODE_ENV']);
    }
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ GATEWAY_PORT: '' }).GATEWAY_PORT).toBe(4000);
  });

  it('lets a subgraph URL be overridden', () => {
    const env = parseEnv({ AI_URL: 'http://ai.internal:8080/graphql' });
    expect(subgraphUrl(env, 'ai')).toBe('http://ai.internal:8080/graphql');
  });

  it("keeps Redis keys in the deployment's database namespace unless told otherwise", () => {
    expect(redisKeyPrefix(parseEnv({ DATABASE_PREFIX: 'staging' }))).toBe('staging');
    expect(
      redisKeyPrefix(parseEnv({ DATABASE_PREFIX: 'staging', REDIS_KEY_PREFIX: 'trading:blue' })),
    ).toBe('trading:blue');
  });

  it('names REDIS_KEY_PREFIX when it holds characters a key namespace should not', () => {
    expect(() => parseEnv({ REDIS_KEY_PREFIX: 'Has Spaces' })).toThrow(/REDIS_KEY_PREFIX/);
  });

  it('is documented variable by variable in .env.example', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    const documented = new Set(
      [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]),
    );
    const undocumented = Object.keys(envSchema.shape).filter((name) => !documented.has(name));
    expect(undocumented).toEqual([]);
  });
});
