import { z } from 'zod';
import { DEFAULT_PORTS, SUBGRAPHS, envStem } from './services.js';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(fallback);

const limit = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

const portVariables = Object.fromEntries(
  Object.entries(DEFAULT_PORTS).map(([service, fallback]) => [
    `${envStem(service)}_PORT`,
    port(fallback),
  ]),
) as { [K in keyof typeof DEFAULT_PORTS as `${PortStem<K>}_PORT`]: ReturnType<typeof port> };

type PortStem<K extends string> = K extends `${infer A}-${infer B}`
  ? `${Uppercase<A>}_${PortStem<B>}`
  : Uppercase<K>;

const subgraphUrlVariables = Object.fromEntries(
  SUBGRAPHS.map((name) => [`${envStem(name)}_URL`, z.url('must be a URL').optional()]),
) as Record<`${PortStem<(typeof SUBGRAPHS)[number]>}_URL`, z.ZodOptional<z.ZodURL>>;

/** Client credentials of the external log-in providers; a provider is offered when its id is set. */
const oidcVariables = Object.fromEntries(
  ['GOOGLE', 'KAKAO', 'NAVER', ''].flatMap((provider) => {
    const stem = provider ? `OIDC_${provider}_` : 'OIDC_';
    return [
      [`${stem}CLIENT_ID`, z.string().min(1).optional()],
      [`${stem}CLIENT_SECRET`, z.string().min(1).optional()],
    ];
  }),
) as Record<
  `OIDC_${'GOOGLE_' | 'KAKAO_' | 'NAVER_' | ''}CLIENT_${'ID' | 'SECRET'}`,
  z.ZodOptional<z.ZodString>
>;

/**
 * Signs the identity the gateway forwards to subgraphs. The default only serves local
 * development: production refuses to start with it (see `parseEnv`).
 */
export const DEVELOPMENT_INTERNAL_SECRET = 'capstone-development-only-internal-secret-change-me';

/**
 * Every environment variable the platform reads. `.env.example` documents each of
 * them, and a test keeps the two in step.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .url('must be a URL such as mysql://root@127.0.0.1:3306')
    .refine(
      (value) => /^(mysql|mariadb):\/\//.test(value),
      'must start with mysql:// or mariadb://',
    )
    .default('mysql://root@127.0.0.1:3306'),
  DATABASE_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,40}$/, 'must be lower-case letters, digits and _')
    .default('capstone'),
  REDIS_URL: z
    .url('must be a URL such as redis://127.0.0.1:6379')
    .refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://')
    .default('redis://127.0.0.1:6379'),
  INTERNAL_JWT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default(DEVELOPMENT_INTERNAL_SECRET),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(30, 'must be at least 30')
    .max(86_400, 'must be at most 86400')
    .default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(365, 'must be at most 365')
    .default(30),
  API_KEY_CACHE_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(3_600, 'must be at most 3600')
    .default(30),
  ...oidcVariables,
  OIDC_ISSUER: z.url('must be a URL such as https://login.example.com').optional(),
  OIDC_NAME: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,30}$/, 'must be lower-case letters, digits and -')
    .default('oidc'),
  OIDC_REDIRECT_URIS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((uri) => uri.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url('must be a comma-separated list of URLs')))
    .default(['http://127.0.0.1:8080/auth/callback']),
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.url('must be a comma-separated list of origins such as https://app.example.com')),
    )
    .default(['http://127.0.0.1:8080', 'http://localhost:8080']),
  MAX_QUERY_DEPTH: limit(12, 1, 100),
  MAX_QUERY_ALIASES: limit(15, 0, 1_000),
  MAX_QUERY_TOKENS: limit(2_000, 10, 100_000),
  MAX_QUERY_DIRECTIVES: limit(20, 0, 1_000),
  MAX_QUERY_COST: limit(5_000, 1, 10_000_000),
  MAX_REQUEST_BYTES: limit(102_400, 1_024, 10_485_760),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: limit(120, 1, 1_000_000),
  RATE_LIMIT_USER_PER_MINUTE: limit(600, 1, 1_000_000),
  RATE_LIMIT_API_KEY_PER_MINUTE: limit(1_200, 1, 1_000_000),
  SUBGRAPH_TIMEOUT_MS: limit(10_000, 100, 300_000),
  SUPERGRAPH_SOURCE: z.enum(['file', 'subgraphs']).optional(),
  TRUSTED_DOCUMENTS: z.enum(['enforce', 'off']).optional(),
  TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).optional(),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: limit(50, 1, 10_000),
  MAX_SUBSCRIPTIONS_PER_USER: limit(200, 1, 100_000),
  DEMO_USER_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters')
    .default('capstone-demo-2026'),
  /** Where services that ask other services' data (through the gateway) find it. */
  GATEWAY_URL: z.url('must be a URL').optional(),
  /** Where browsers reach the gateway, when it differs from GATEWAY_URL (a public host name). */
  PUBLIC_GATEWAY_URL: z.url('must be a URL').optional(),
  /** The dashboard build the web service serves; defaults to web/dist/public. */
  WEB_ASSETS_DIR: z.string().min(1).optional(),
  ...portVariables,
  ...subgraphUrlVariables,
});

export type Env = z.infer<typeof envSchema>;
