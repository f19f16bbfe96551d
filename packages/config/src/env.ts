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

/** "true"/"false" (also 1/0, yes/no) from the environment; undefined when unset. */
const optionalFlag = () =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .transform((value) => value === 'true' || value === '1' || value === 'yes')
    .optional();

/** "true"/"false" (also 1/0, yes/no) from the environment. */
const flag = (fallback: boolean) => optionalFlag().default(fallback);

/** A node-cron expression (5 fields, or 6 with seconds first), read in Asia/Seoul time. */
const cronExpression = (fallback: string) =>
  z
    .string()
    .regex(
      /^(\S+\s+){4,5}\S+$/,
      'must be a cron expression such as "40 15 * * 1-5" (minute hour day month weekday)',
    )
    .default(fallback);

/**
 * Signs the identity the gateway forwards to subgraphs. The default only serves local
 * development: production refuses to start with it (see `parseEnv`).
 */
export const DEVELOPMENT_INTERNAL_SECRET = 'capstone-development-only-internal-secret-change-me';

/** The development key for secrets at rest; accounts refuses it in production or off loopback. */
export const DEVELOPMENT_SECRETS_ENCRYPTION_KEYS =
  'dev:ZGV2ZWxvcG1lbnQtb25seS1zZWNyZXRzLWtleS0zMmI=';

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
  /**
   * What every Redis key and channel of this deployment starts with (rate limits, log-in
   * throttles, KIS tokens, live quotes); unset: DATABASE_PREFIX, so that one deployment is one
   * namespace in Redis as in MySQL.
   */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_:-]{0,40}$/, 'must be lower-case letters, digits, _, - and :')
    .optional(),
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
  /**
   * Seals secrets at rest (TOTP secrets, private signing keys) with AES-256-GCM:
   * `<id>:<base64 of 32 bytes>`, comma-separated; the first seals, all open (rotation). The
   * default only serves local development: accounts refuses it in production or off loopback.
   */
  SECRETS_ENCRYPTION_KEYS: z.string().min(1).default(DEVELOPMENT_SECRETS_ENCRYPTION_KEYS),
  /** Where accounts sends mail: `log` writes it to the log (development), or an smtp(s):// URL. */
  MAIL_URL: z
    .string()
    .refine(
      (value) => value === 'log' || /^smtps?:\/\//.test(value),
      'must be "log" or a URL such as smtp://user:pass@mail.example.com:587',
    )
    .default('log'),
  MAIL_FROM: z.string().min(3).default('capstone-trading <no-reply@capstone.invalid>'),
  /** The dashboard's address as people open it, for the links in mails. */
  PUBLIC_WEB_URL: z.url('must be a URL').default('http://127.0.0.1:8080'),
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
  SUBGRAPH_DEDUPLICATION: flag(true),
  SUPERGRAPH_SOURCE: z.enum(['file', 'subgraphs']).optional(),
  TRUSTED_DOCUMENTS: z.enum(['enforce', 'off']).optional(),
  TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).optional(),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: limit(50, 1, 10_000),
  MAX_SUBSCRIPTIONS_PER_USER: limit(200, 1, 100_000),
  DEMO_USER_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters')
    .default('capstone-demo-2026'),
  /**
   * Where services that ask other services' data (through the gateway) find it: the gateway's
   * internal listener, the only one that takes their signed identities. Unset: this host and
   * GATEWAY_INTERNAL_PORT.
   */
  GATEWAY_URL: z.url('must be a URL').optional(),
  /**
   * The gateway's internal listener, for platform services asking on a user's behalf with a
   * signed identity (x-capstone-identity). The public listener (GATEWAY_PORT) refuses that
   * header; keep this port off the public network (docker-compose and k8s do).
   */
  GATEWAY_INTERNAL_PORT: port(4100),
  /**
   * Metrics are served on a port of their own, 9000 + (port − 4000) (web: 9080), never on the
   * public port. With a token set, a scrape must send `Authorization: Bearer <token>`.
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Where browsers reach the gateway, when it differs from GATEWAY_URL (a public host name). */
  PUBLIC_GATEWAY_URL: z.url('must be a URL').optional(),
  /** The dashboard build the web service serves; defaults to web/dist/public. */
  WEB_ASSETS_DIR: z.string().min(1).optional(),
  // ── KIS Open API and the ETL worker ────────────────────────────────────────────────────
  /** Without both, the platform reads the KIS simulator instead of KIS. */
  KIS_APP_KEY: z.string().min(1).optional(),
  KIS_SIM_DATA: z.string().min(1).optional(),
  KIS_APP_SECRET: z.string().min(1).optional(),
  /** real (실전투자) or mock (모의투자): separate hosts, keys and rate limits. */
  KIS_ENV: z.enum(['real', 'mock']).default('real'),
  /** Overrides of where KIS (or the simulator) answers; unset: KIS's hosts, or the simulator's ports. */
  KIS_REST_URL: z.url('must be a URL').optional(),
  KIS_WS_URL: z.url('must be a URL').optional(),
  KIS_MASTER_FILES_URL: z.url('must be a URL').optional(),
  /** Requests per second per app key; unset: KIS's allowance (20 real, 2 mock). */
  KIS_REQUESTS_PER_SECOND: z.coerce
    .number({ error: 'must be a number' })
    .positive('must be more than 0')
    .max(10_000, 'must be at most 10000')
    .optional(),
  /**
   * Where the ETL worker runs: `process` (its own, events cross through Redis), `in-process`
   * (inside market-data), `off`, or `auto` (in market-data when Redis does not answer).
   */
  ETL_WORKER_MODE: z.enum(['auto', 'process', 'in-process', 'off']).default('auto'),
  /**
   * `internal`: the ETL worker runs the batch jobs (master, daily bars) on its node-cron
   * schedule. `external`: something else runs the same CLI commands on the same schedule (the
   * Kubernetes CronJobs), and the worker keeps only the queue, the start-up catch-up and live
   * quotes.
   */
  ETL_SCHEDULE: z.enum(['internal', 'external']).default('internal'),
  ETL_MASTER_CRON: cronExpression('0 7 * * 1-5'),
  ETL_DAILY_BARS_CRON: cronExpression('40 15 * * 1-5'),
  ETL_LIVE_QUOTES_CRON: cronExpression('50 8 * * 1-5'),
  /** `auto`: KRX hours with KIS, always with the simulator (it keeps its own session). */
  ETL_LIVE_QUOTES: z.enum(['auto', 'always', 'market-hours', 'off']).default('auto'),
  /** How many of the largest common stocks the master refresh tracks (0: only those tracked by hand). */
  ETL_UNIVERSE_SIZE: limit(50, 0, 2_000),
  /** Years of daily bars the worker keeps for every tracked instrument and index. */
  ETL_HISTORY_YEARS: limit(5, 1, 15),
  /** Refresh the master and catch up on daily bars when the worker starts. */
  ETL_CATCH_UP_ON_START: flag(true),
  /** How often the worker looks for runs queued through the API, in milliseconds. */
  ETL_QUEUE_POLL_MS: limit(3_000, 100, 600_000),
  // ── The ai service: training, the model registry's artifacts, serving ───────────────────
  /** Nightly retraining, in Asia/Seoul time, after the ETL's daily bars (15:40) have landed. */
  AI_RETRAIN_CRON: cronExpression('30 18 * * 1-5'),
  /**
   * Whether the ai service runs the nightly schedule itself (off where a Kubernetes CronJob
   * runs the same command). Unset: on, except under NODE_ENV=test.
   */
  AI_RETRAIN_SCHEDULE: optionalFlag(),
  /**
   * Train the first models as soon as the ETL has daily bars, when the registry is empty.
   * Unset: on, except under NODE_ENV=test.
   */
  AI_TRAIN_ON_START: optionalFlag(),
  /** Years of daily bars the nightly (full) retraining learns from. */
  AI_TRAINING_YEARS: limit(5, 2, 15),
  /** How often a serving process checks the registry for a newly promoted version (ms). */
  AI_MODEL_POLL_MS: limit(30_000, 200, 3_600_000),
  /** How often the ledger looks in market-data's corporate actions for splits of held stocks (ms). */
  SPLIT_POLL_MS: limit(3_000, 200, 3_600_000),
  /** Where model artifacts go without S3: a directory. Unset: .cache/models in the repository. */
  AI_ARTIFACT_DIR: z.string().min(1).optional(),
  /** S3-compatible artifact storage (MinIO, say): used when the endpoint and both keys are set. */
  S3_ENDPOINT: z.url('must be a URL such as http://minio:9000').optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
    .default('capstone-models'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style addressing (http://host/bucket/key), as MinIO and most S3-compatible servers want. */
  S3_FORCE_PATH_STYLE: flag(true),
  // ── Simulations (the scenario subgraph and the simulation worker) ──────────────────────────
  /**
   * Where simulation runs execute: `process` (the simulation-worker process consumes a BullMQ
   * queue in Redis), `in-process` (inside the scenario subgraph, same code), `off`, or `auto`
   * (in-process when Redis does not answer).
   */
  SIMULATION_WORKER_MODE: z.enum(['auto', 'process', 'in-process', 'off']).default('auto'),
  /** Runs one worker works on at once. */
  SIMULATION_WORKER_CONCURRENCY: limit(2, 1, 64),
  /** Threads of the Monte Carlo pool in each worker (0: one per core). */
  SIMULATION_MONTE_CARLO_THREADS: limit(0, 0, 256),
  /** Runs one user may have queued or running at once; more are refused until one ends. */
  SIMULATION_MAX_ACTIVE_PER_USER: limit(3, 1, 1_000),
  /** Largest Monte Carlo run: paths × steps × assets. */
  SIMULATION_MAX_CELLS: limit(50_000_000, 1_000, 2_000_000_000),
  /**
   * How long a worker's claim on a run lasts without a heartbeat (BullMQ's lock). A worker that
   * dies lets go of its run after this long, and another worker takes it over.
   */
  SIMULATION_LOCK_MS: limit(30_000, 500, 600_000),
  /** A run that stopped this many times (its worker died each time) fails. */
  SIMULATION_MAX_ATTEMPTS: limit(3, 1, 20),
  /** How long cancelSimulation waits for a running run to stop before answering. */
  SIMULATION_CANCEL_WAIT_MS: limit(1_000, 0, 60_000),
  // ── The MCP server and its chat ────────────────────────────────────────────────────────
  /** The tool sets tools/list shows (`core`, `market`, `portfolio`, `risk`, or `all`). */
  MCP_TOOLSETS: z
    .string()
    .regex(/^[a-z]+(,[a-z]+)*$/, 'must be tool-set names separated by commas, such as core,risk')
    .default('core'),
  /**
   * The language of the stdio MCP server's tool errors (`ko` or `en`); it has no request
   * headers to read one from. Over HTTP each request's `Accept-Language` decides.
   */
  MCP_LANGUAGE: z.enum(['ko', 'en']).default('ko'),
  /** The stdio MCP server acts with this API key (`ck_…`) … */
  CAPSTONE_API_KEY: z.string().min(1).optional(),
  /** … or with this user access token. */
  CAPSTONE_ACCESS_TOKEN: z.string().min(1).optional(),
  /** An OpenAI-compatible endpoint for chat requests the built-in planner cannot read. */
  LLM_BASE_URL: z.url('must be a URL such as https://api.openai.com/v1').optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  ...portVariables,
  ...subgraphUrlVariables,
});

export type Env = z.infer<typeof envSchema>;
