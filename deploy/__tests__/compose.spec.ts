import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv as parseDotenv } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORTS, parseEnv } from '@capstone/config';
import { imageTargets, inherited, readDockerfile } from './support/dockerfile.js';
import { ASSUMED, readRepoFile, readYaml, repoRoot, run } from './support/repo.js';
import { builtEntryOf, metricsPortOf, platformProcesses } from './support/services.js';

const compose = readYaml('docker-compose.yml');
const services = compose.services as Record<string, any>;
const stages = readDockerfile();
const targetOf = (service: any) =>
  imageTargets(stages).find((t) => t.name === service.build?.target);
const scratch = mkdtempSync(join(tmpdir(), 'capstone-compose-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('docker-compose.yml', () => {
  it('validates against the compose-spec schema, with no dclint warning', async () => {
    const dclint = join(repoRoot, 'node_modules', '.bin', 'dclint');
    const { stdout } = await run(dclint, ['docker-compose.yml', '--max-warnings', '0'], {
      cwd: repoRoot,
    });
    expect(stdout).not.toMatch(/error|warning/);
  });

  it('runs every container of the seed’s topology, each with a healthcheck, on the named network', () => {
    const seed = ['web-frontend', 'api-gateway', 'ai-orchestrator', 'mysql', 'redis', 'etl-worker'];
    for (const container of seed) {
      const [name, service] =
        Object.entries(services).find(
          ([name, service]) => service.build?.target === container || name === container,
        ) ?? [];
      expect(service, container).toBeDefined();
      expect(service.networks, name).toEqual(['capstone']);
      const own = service.healthcheck?.test;
      const image = targetOf(service) && inherited(stages, targetOf(service)!, 'HEALTHCHECK');
      expect(own ?? image?.args, `${name} has a healthcheck`).toBeTruthy();
      expect(image?.args ?? '', name).not.toBe('NONE');
    }
    expect(compose.networks.capstone.name).toBe('capstone-trading');
  });

  it('runs each process of platform/src/layout.ts from the image that starts its built entry', () => {
    const processes = { ...platformProcesses(), [ASSUMED.simulationWorkerEntry.process]: '' };
    for (const [name, entry] of Object.entries(processes)) {
      const service = services[name];
      expect(service, name).toBeDefined();
      const target = targetOf(service);
      expect(target, `${name}: build target ${service.build?.target}`).toBeDefined();
      if (name === 'web') expect(target!.name).toBe('web-frontend');
      else if (entry) expect(builtEntryOf(target!), name).toBe(entry);
      expect(service.image).toBe(`ghcr.io/capstone-trading/${target!.name}:\${IMAGE_TAG:-local}`);
    }
  });

  it('starts services only after what they need is healthy, and after the migrations ran', () => {
    const conditions = new Set(['service_healthy', 'service_completed_successfully']);
    const dependsOnMigrations = (name: string, seen = new Set<string>()): boolean => {
      if (name === 'db-migrate') return true;
      if (seen.has(name)) return false;
      seen.add(name);
      return Object.keys(services[name]?.depends_on ?? {}).some((dependency) =>
        dependsOnMigrations(dependency, seen),
      );
    };
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, { condition }] of Object.entries<any>(service.depends_on ?? {})) {
        expect(services[dependency], `${name} → ${dependency}`).toBeDefined();
        expect(conditions, `${name} → ${dependency}`).toContain(condition);
      }
      if (
        builtEntryOf(targetOf(service) ?? stages[0]!) &&
        name !== 'db-migrate' &&
        name !== 'kis-simulator'
      ) {
        expect(dependsOnMigrations(name), `${name} waits for db-migrate`).toBe(true);
      }
    }
    expect(services['db-migrate'].depends_on).toEqual({ mysql: { condition: 'service_healthy' } });
    expect(services['db-migrate'].restart).toBe('no');
  });

  it('keeps the optional parts behind profiles', () => {
    const profiles = Object.fromEntries(
      Object.entries(services).map(([name, service]) => [name, service.profiles ?? []]),
    );
    expect(profiles['kis-simulator']).toEqual(['simulator']);
    expect(profiles.minio).toEqual(['storage']);
    expect(profiles.prometheus).toEqual(['monitoring']);
    expect(profiles.grafana).toEqual(['monitoring']);
    expect(profiles['demo-seed']).toEqual(['demo']);
    for (const name of ['mysql', 'redis', 'gateway', 'web', 'etl-worker', 'simulation-worker']) {
      expect(profiles[name], name).toEqual([]);
    }
  });

  it('keeps the quick path: MySQL and Redis alone, on 127.0.0.1, with no .env and no password', () => {
    const text = readRepoFile('docker-compose.yml');
    // A required variable (${X:?…}) would stop `docker compose up -d mysql redis` without .env.
    expect(text).not.toMatch(/\$\{[A-Z_]+:?\?/);
    expect(services.mysql.build).toBeUndefined();
    expect(services.mysql.ports).toEqual(['127.0.0.1:3306:3306']);
    expect(services.redis.ports).toEqual(['127.0.0.1:6379:6379']);
    expect(services.mysql.depends_on).toBeUndefined();
    expect(services.mysql.environment.MARIADB_ROOT_PASSWORD).toBe('${MYSQL_ROOT_PASSWORD:-}');
    expect(services.mysql.environment.MARIADB_ALLOW_EMPTY_ROOT_PASSWORD).toBe('1');
    expect(services.mysql.volumes).toContain('mysql-data:/var/lib/mysql');
    expect(Object.keys(compose.volumes)).toContain('mysql-data');
    // npm start's default, which the quick path serves.
    expect(parseEnv({}).DATABASE_URL).toBe('mysql://root@127.0.0.1:3306');
  });

  it('gives each service its own MySQL user, one the init script creates', () => {
    const init = readRepoFile('scripts/deploy/mysql-init/10-service-users.sh');
    const granted = [...init.matchAll(/^ {2}"(\w+)\|/gm)].map((match) => match[1]);
    const users = new Map<string, string>();
    for (const [name, service] of Object.entries(services)) {
      const url = service.environment?.DATABASE_URL;
      if (!url) continue;
      const [, user, variable] =
        /^mysql:\/\/capstone_(\w+):\$\{(MYSQL_PASSWORD_\w+):-\}@mysql:3306$/.exec(url) ?? [];
      expect(user, `${name}: ${url}`).toBeDefined();
      expect(variable).toBe(`MYSQL_PASSWORD_${user!.toUpperCase()}`);
      expect(granted, name).toContain(user);
      users.set(name, user!);
    }
    expect(Object.fromEntries(users)).toMatchObject({
      accounts: 'accounts',
      portfolio: 'portfolio',
      'market-data': 'market_data',
      scenario: 'scenario',
      ai: 'ai',
      'etl-worker': 'etl_worker',
      'simulation-worker': 'simulation_worker',
      'db-migrate': 'migrator',
    });
    // No service container sees another's password or the root one.
    const shared = compose['x-node-service'].environment;
    for (const variable of granted.map((user) => `MYSQL_PASSWORD_${user!.toUpperCase()}`)) {
      expect(shared[variable], variable).toBe('');
    }
    expect(shared.MYSQL_ROOT_PASSWORD).toBe('');
  });

  it('documents every variable it reads from .env in .env.example', () => {
    const example = readRepoFile('.env.example');
    const documented = new Set(
      [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]),
    );
    const read = new Set(
      [...readRepoFile('docker-compose.yml').matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]),
    );
    read.delete('IMAGE_TAG');
    expect([...read].filter((variable) => !documented.has(variable))).toEqual([]);
  });

  it('scrapes every service’s metrics port of the contract (profile monitoring)', () => {
    const prometheus = readYaml('deploy/compose/prometheus.yml');
    const targets = Object.fromEntries(
      prometheus.scrape_configs[0].static_configs.map((c: any) => [c.labels.app, c.targets[0]]),
    );
    const ports: Record<string, number> = { ...DEFAULT_PORTS, 'simulation-worker': 4007 };
    for (const name of Object.keys({ ...platformProcesses(), 'simulation-worker': '' })) {
      expect(targets[name], name).toBe(`${name}:${metricsPortOf(ports[name]!)}`);
    }
    const mounted = services.prometheus.volumes.join('\n');
    expect(mounted).toContain('./k8s/base/platform/monitoring/alert-rules.yaml');
  });
});

describe('scripts/deploy/make-env.sh', () => {
  it('writes a .env with generated secrets that the platform accepts, and every password Compose needs', async () => {
    const out = join(scratch, '.env');
    await run(join(repoRoot, 'scripts/deploy/make-env.sh'), ['--out', out], {
      env: { PATH: process.env.PATH },
    });
    const env = parseDotenv(readFileSync(out, 'utf8'));
    const config = parseEnv({ ...env, NODE_ENV: 'production' });
    expect(config.INTERNAL_JWT_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(config.DATABASE_URL).toBe(`mysql://root:${env.MYSQL_ROOT_PASSWORD}@127.0.0.1:3306`);
    const needed = [
      ...readRepoFile('docker-compose.yml').matchAll(/\$\{(MYSQL_PASSWORD_\w+):-\}/g),
    ];
    for (const [, variable] of needed) expect(env[variable!], variable).toMatch(/^[0-9a-f]{48}$/);
    expect(env.COMPOSE_PROFILES).toBe('simulator');
    expect((await run('stat', ['-c', '%a', out])).stdout.trim()).toBe('600');
    // It never overwrites secrets by accident.
    await expect(run(join(repoRoot, 'scripts/deploy/make-env.sh'), ['--out', out])).rejects.toThrow(
      /exists; --force replaces it/,
    );
  });

  it('configures real KIS instead of the simulator when KIS credentials are given', async () => {
    const out = join(scratch, 'kis.env');
    await run(join(repoRoot, 'scripts/deploy/make-env.sh'), ['--out', out], {
      env: { PATH: process.env.PATH, KIS_APP_KEY: 'app-key', KIS_APP_SECRET: 'app-secret' },
    });
    const env = parseDotenv(readFileSync(out, 'utf8'));
    expect(env).toMatchObject({ KIS_APP_KEY: 'app-key', COMPOSE_KIS_REST_URL: '' });
    expect(env.COMPOSE_PROFILES).toBeUndefined();
  });
});

describe('scripts/certs/make-local-certs.sh', () => {
  it('makes a certificate for localhost that its own CA verifies, where Compose mounts it', async () => {
    const out = join(scratch, 'certs');
    await run(join(repoRoot, 'scripts/certs/make-local-certs.sh'), ['--out', out, '--days', '30']);
    await run('openssl', ['verify', '-CAfile', join(out, 'ca.crt'), join(out, 'tls.crt')]);
    const { stdout } = await run('openssl', [
      'x509',
      '-in',
      join(out, 'tls.crt'),
      '-noout',
      '-ext',
      'subjectAltName',
    ]);
    expect(stdout).toContain('DNS:localhost');
    expect(stdout).toContain('IP Address:127.0.0.1');
    const { stdout: modulusCert } = await run('openssl', [
      'x509',
      '-in',
      join(out, 'tls.crt'),
      '-noout',
      '-modulus',
    ]);
    const { stdout: modulusKey } = await run('openssl', [
      'rsa',
      '-in',
      join(out, 'tls.key'),
      '-noout',
      '-modulus',
    ]);
    expect(modulusKey).toBe(modulusCert);
    expect(services.web.volumes).toContain('./deploy/certs:/etc/nginx/tls:ro');
    expect(readRepoFile('deploy/nginx/tls.conf')).toContain(
      'ssl_certificate /etc/nginx/tls/tls.crt;',
    );
  });
});
