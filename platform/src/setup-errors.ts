import { ConfigError } from '@capstone/config';
import { MigrationError } from '@capstone/db';

/**
 * Ends the process with a message a person can act on: a bad variable, a database
 * that is not there, or a failed migration.
 */
export function exitOnSetupError(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(
      `${error.message}\nFix the variable in your environment or .env (see .env.example).\n`,
    );
    process.exit(78);
  }
  if (error instanceof MigrationError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const code = (error as { code?: string }).code;
  if (
    code &&
    [
      'ECONNREFUSED',
      'ER_ACCESS_DENIED_ERROR',
      'ENOTFOUND',
      'ER_GET_CONNECTION_TIMEOUT',
      'ETIMEDOUT',
    ].includes(code)
  ) {
    process.stderr.write(databaseMissingMessage(error));
    process.exit(69);
  }
  throw error;
}

export function databaseMissingMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const url = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306';
  return [
    '',
    `  MySQL/MariaDB is not reachable at ${redact(url)}.`,
    `  (${detail.split('\n')[0]})`,
    '',
    '  capstone-trading keeps its data in MySQL 8 or MariaDB 10.6+. Provide one of:',
    '    - a local server:   sudo apt-get install mariadb-server && sudo service mariadb start',
    '                        (user root with an empty password on 127.0.0.1:3306 is the default)',
    '    - Docker:           docker compose up -d mysql',
    '    - another server:   set DATABASE_URL, e.g. DATABASE_URL=mysql://user:pass@host:3306',
    '',
  ].join('\n');
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
