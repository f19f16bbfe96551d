import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, run } from './support/repo.js';

// The real local MariaDB (root without a password, as on every development machine and in CI).
const server = new URL(process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306');
const prefix = `cdeploy_${randomBytes(3).toString('hex')}`;
const USERS = [
  'accounts',
  'portfolio',
  'market_data',
  'scenario',
  'ai',
  'etl_worker',
  'simulation_worker',
  'migrator',
  'backup',
];
const passwordOf = (user: string, round = 1) => `${user.replace(/_/g, '')}${round}`.padEnd(24, 'x');
const passwords = (round: number) =>
  Object.fromEntries(
    USERS.map((user) => [`MYSQL_PASSWORD_${user.toUpperCase()}`, passwordOf(user, round)]),
  );

const script = `${repoRoot}scripts/deploy/mysql-init/10-service-users.sh`;
const runScript = (env: Record<string, string>) =>
  run(script, [], {
    env: {
      PATH: process.env.PATH,
      DATABASE_PREFIX: prefix,
      MYSQL_INIT_HOST: server.hostname,
      MYSQL_INIT_PORT: server.port || '3306',
      MARIADB_ROOT_PASSWORD: decodeURIComponent(server.password),
      ...env,
    },
  });

/** Runs SQL as a MySQL user; resolves with its output, rejects with MariaDB's error. */
async function sqlAs(user: string, password: string, sql: string): Promise<string> {
  const { stdout } = await run(
    'mariadb',
    [
      '--protocol=tcp',
      `--host=${server.hostname}`,
      `--port=${server.port || 3306}`,
      `--user=${user}`,
      '-N',
      '-e',
      sql,
    ],
    { env: { PATH: process.env.PATH, MYSQL_PWD: password } },
  );
  return stdout.trim();
}
const user = (name: string) => `${prefix}_${name}`;
/** As the platform's user `name` (e.g. portfolio), with the password the script was given. */
const asUser = (name: string, sql: string, password = passwordOf(name)) =>
  sqlAs(user(name), password, sql);
const asRoot = (sql: string) =>
  sqlAs(decodeURIComponent(server.username), decodeURIComponent(server.password), sql);
const db = (name: string) => `\`${prefix}_${name}\``;

beforeAll(async () => {
  await runScript(passwords(1));
});
afterAll(async () => {
  await asRoot(
    [
      ...USERS.map((name) => `DROP USER IF EXISTS '${user(name)}'@'%';`),
      ...['accounts', 'portfolio', 'market_data'].map(
        (name) => `DROP DATABASE IF EXISTS ${db(name)};`,
      ),
    ].join(' '),
  );
});

describe('a MySQL user per service (scripts/deploy/mysql-init/10-service-users.sh)', () => {
  it('lets the migrator create the databases and their tables', async () => {
    for (const name of ['accounts', 'portfolio', 'market_data']) {
      await asUser(
        'migrator',
        `CREATE DATABASE ${db(name)}; CREATE TABLE ${db(name)}.t (id INT PRIMARY KEY, v VARCHAR(20)) ENGINE=InnoDB;`,
      );
    }
    expect(await asRoot(`SHOW DATABASES LIKE '${prefix}\\_%'`)).toBe(
      [`${prefix}_accounts`, `${prefix}_market_data`, `${prefix}_portfolio`].join('\n'),
    );
  });

  it('lets a service read and write its own database, and nothing else', async () => {
    const portfolio = 'portfolio';
    await asUser(
      portfolio,
      `INSERT INTO ${db('portfolio')}.t VALUES (1, 'ledger'); UPDATE ${db('portfolio')}.t SET v = 'ledger line';`,
    );
    expect(await asUser(portfolio, `SELECT v FROM ${db('portfolio')}.t`)).toBe('ledger line');
    await expect(asUser(portfolio, `SELECT * FROM ${db('accounts')}.t`)).rejects.toThrow(/denied/);
    await expect(
      asUser(portfolio, `CREATE TABLE ${db('portfolio')}.other (id INT)`),
    ).rejects.toThrow(/denied/);
    await expect(asUser(portfolio, `DROP DATABASE ${db('portfolio')}`)).rejects.toThrow(/denied/);
    // _ is a wildcard in grants: unescaped, capstone_portfolio would also cover capstoneXportfolio.
    const lookAlike = `\`${prefix}Xportfolio\``;
    await asRoot(`CREATE DATABASE ${lookAlike}; CREATE TABLE ${lookAlike}.t (id INT);`);
    try {
      await expect(asUser(portfolio, `SELECT * FROM ${lookAlike}.t`)).rejects.toThrow(/denied/);
    } finally {
      await asRoot(`DROP DATABASE ${lookAlike}`);
    }
  });

  it('gives the ETL worker its own user on market-data’s database', async () => {
    await asUser('etl_worker', `INSERT INTO ${db('market_data')}.t VALUES (7, 'bar')`);
    expect(await asUser('market_data', `SELECT v FROM ${db('market_data')}.t WHERE id = 7`)).toBe(
      'bar',
    );
    await expect(asUser('etl_worker', `SELECT * FROM ${db('portfolio')}.t`)).rejects.toThrow(
      /denied/,
    );
  });

  it('lets the backup user read every database but change none', async () => {
    expect(await asUser('backup', `SELECT COUNT(*) FROM ${db('portfolio')}.t`)).toBe('1');
    expect(await asUser('backup', `SELECT COUNT(*) FROM ${db('accounts')}.t`)).toBe('0');
    await expect(asUser('backup', `DELETE FROM ${db('portfolio')}.t`)).rejects.toThrow(/denied/);
  });

  it('rotates passwords when run again, and keeps the grants', async () => {
    await runScript(passwords(2));
    await expect(asUser('portfolio', 'SELECT 1')).rejects.toThrow(/denied/);
    expect(
      await asUser(
        'portfolio',
        `SELECT COUNT(*) FROM ${db('portfolio')}.t`,
        passwordOf('portfolio', 2),
      ),
    ).toBe('1');
  });

  it('refuses a password that cannot sit in a DATABASE_URL, naming its variable', async () => {
    await expect(runScript({ MYSQL_PASSWORD_AI: 'p@ss/word:with#signs' })).rejects.toThrow(
      /MYSQL_PASSWORD_AI must be 16 or more URL-safe characters/,
    );
  });

  it('creates no user when no password is given (the quick path)', async () => {
    const { stdout } = await runScript({});
    expect(stdout).toContain('no MYSQL_PASSWORD_* set; no service users created');
  });
});
