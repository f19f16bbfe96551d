import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type z } from 'zod';
import { DEVELOPMENT_INTERNAL_SECRET, envSchema, type Env } from './env.js';
import { isLoopbackHost } from './urls.js';

export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; message: string; received: unknown }[]) {
    super(
      'Invalid environment:\n' +
        issues
          .map(
            ({ variable, message, received }) =>
              `  ${variable} ${message}` +
              (received === undefined ? '' : ` (got ${JSON.stringify(received)})`),
          )
          .join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Parses an environment with the platform schema; throws a ConfigError that names each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty value means "unset" so that `PORT=` in a .env file falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) {
    // The development secret is in the repository: anyone who can reach a service could sign
    // identities with it. It is allowed only where nothing off this machine can connect.
    if (
      result.data.INTERNAL_JWT_SECRET === DEVELOPMENT_INTERNAL_SECRET &&
      (result.data.NODE_ENV === 'production' || !isLoopbackHost(result.data.HOST))
    ) {
      throw new ConfigError([
        {
          variable: 'INTERNAL_JWT_SECRET',
          message:
            result.data.NODE_ENV === 'production'
              ? 'must be set to a secret of your own in production'
              : `must be set to a secret of your own when services listen on ${result.data.HOST} (anything but loopback)`,
          received: undefined,
        },
      ]);
    }
    return result.data;
  }
  throw new ConfigError(
    result.error.issues.map((issue: z.core.$ZodIssue) => {
      const variable = String(issue.path[0] ?? '(environment)');
      return { variable, message: issue.message, received: cleaned[variable] };
    }),
  );
}

let cached: Env | undefined;

/**
 * The process's configuration: `.env` in the working directory (when present) under
 * the real environment, validated once.
 */
export function loadConfig(): Env {
  if (cached) return cached;
  const dotenv = resolve(process.cwd(), '.env');
  if (existsSync(dotenv)) process.loadEnvFile(dotenv);
  cached = parseEnv(process.env);
  return cached;
}
