import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import getPort, { portNumbers } from 'get-port';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PORTS,
  SUBGRAPHS,
  databaseUrl,
  envStem,
  metricsPortFor,
  parseEnv,
} from '@capstone/config';
import { dropDatabase } from '@capstone/db';
import { repoRoot } from '@capstone/platform';
import { graphql } from '@capstone/test-platform';

/**
 * Every service README.md lists with its port (BRIEF.md's contract), the simulation worker on 4007
 * included; the KIS simulator, listed too, is checked through its own state endpoint.
 */
const SERVICES = Object.keys(DEFAULT_PORTS).filter((name) => !name.startsWith('kis-sim'));

interface Run {
  output: () => string;
  exited: Promise<number | null>;
  signal: (name: NodeJS.Signals) => void;
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<void>;
}

/** Runs `npm start` exactly as a person would, with `env` on top of this environment. */
function npmStart(env: Record<string, string>): Run {
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that `signal` reaches npm and everything under it, like Ctrl-C.
    detached: true,
  });
  let text = '';
  const listeners = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      for (const listener of listeners) listener();
    });
  }
  // 'close' waits for every process that holds npm's output (the supervisor and its services).
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => resolve(code)),
  );
  return {
    output: () => text,
    exited,
    signal: (name) => process.kill(-child.pid!, name),
    waitFor: (pattern, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`npm start did not print ${pattern} within ${timeoutMs} ms:\n${text}`));
        }, timeoutMs);
        const check = () => {
          if (!pattern.test(text)) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        void exited.then(() => {
          if (pattern.test(text)) return;
          clearTimeout(timer);
          reject(new Error(`npm start exited before printing ${pattern}:\n${text}`));
        });
        listeners.add(check);
        check();
      }),
  };
}

describe('npm start', () => {
  it('stops at once with the name of a variable that is wrong', async () => {
    const run = npmStart({ GATEWAY_PORT: 'abc' });
    expect(await run.exited).not.toBe(0);
    expect(run.output()).toMatch(/GATEWAY_PORT must be a number \(got "abc"\)/);
  });

  it('says what is missing, and how to provide it, when MySQL cannot be reached', async () => {
    const run = npmStart({ DATABASE_URL: 'mysql://root@127.0.0.1:1' });
    expect(await run.exited).toBe(69);
    expect(run.output()).toMatch(
      /MySQL\/MariaDB is not reachable at mysql:\/\/root@127\.0\.0\.1:1/,
    );
    expect(run.output()).toContain('docker compose up -d mysql');
  });

  describe('on a machine with MySQL', () => {
    const prefix = `capstone_test_start_${randomBytes(3).toString('hex')}`;
    afterAll(async () => {
      const config = parseEnv({ ...process.env, DATABASE_PREFIX: prefix });
      await Promise.all(SUBGRAPHS.map((name) => dropDatabase(databaseUrl(config, name))));
    });

    it('builds, migrates, seeds, brings every service to ready, fills itself from the KIS simulator, and stops them all on Ctrl-C', async () => {
      const ports: Record<string, string> = {};
      // Ports from 20000 to 24999, so that each metrics port, 9000 + (port − 4000), is a port too.
      const taken: number[] = [];
      const freePort = async () => {
        const port = await getPort({ port: portNumbers(20_000, 24_999), exclude: taken });
        taken.push(port, port + 5_000);
        return port;
      };
      for (const service of Object.keys(DEFAULT_PORTS)) {
        ports[`${envStem(service)}_PORT`] = String(await freePort());
      }
      ports.GATEWAY_INTERNAL_PORT = String(await freePort());
      const run = npmStart({ ...ports, DATABASE_PREFIX: prefix });
      try {
        await run.waitFor(/capstone-trading is ready/, 240_000);
        const base = (service: string) => `http://127.0.0.1:${ports[`${envStem(service)}_PORT`]}`;

        // The demo user from the README can sign in and read through the gateway.
        const login = await graphql<{ logIn: { accessToken: string } }>(
          `${base('gateway')}/graphql`,
          'mutation { logIn(email: "demo@example.com", password: "capstone-demo-2026") { accessToken } }',
        );
        const answer = await graphql<{
          portfolios: { name: string }[];
          scenarioTemplates: { id: string }[];
        }>(
          `${base('gateway')}/graphql`,
          '{ portfolios { name } scenarioTemplates { id } }',
          {},
          { authorization: `Bearer ${login.data!.logIn.accessToken}` },
        );
        expect(answer.data?.portfolios.map((portfolio) => portfolio.name)).toEqual([
          'Dividend',
          'Growth',
        ]);
        expect(answer.data?.scenarioTemplates.length).toBeGreaterThanOrEqual(9);

        // Without KIS credentials the simulator runs, and the ETL worker (its own process, Redis
        // being there) fills the platform through the same path it would read KIS with.
        expect(run.output()).toContain(
          `KIS simulator      http://127.0.0.1:${ports.KIS_SIM_REST_PORT} (REST), ws://127.0.0.1:${ports.KIS_SIM_WS_PORT} (WebSocket)`,
        );
        expect(run.output()).toContain('» the ETL worker runs as its own process');
        expect(run.output()).toContain(
          '» simulations run in the simulation worker (BullMQ queue in Redis)',
        );
        const simulator = await fetch(
          `http://127.0.0.1:${ports.KIS_SIM_REST_PORT}/__simulator/state`,
        );
        expect(((await simulator.json()) as { mode: string }).mode).toBe('synthetic');
        const headers = { authorization: `Bearer ${login.data!.logIn.accessToken}` };
        let holdings: { symbol: string; instrument: { lastClose: { close: string } | null } }[] =
          [];
        for (let attempt = 0; attempt < 120; attempt++) {
          const prices = await graphql<{ portfolios: { holdings: typeof holdings }[] }>(
            `${base('gateway')}/graphql`,
            '{ portfolios { holdings { symbol instrument { lastClose { close } } } } }',
            {},
            headers,
          );
          holdings = prices.data?.portfolios.flatMap((portfolio) => portfolio.holdings) ?? [];
          if (holdings.length > 0 && holdings.every((holding) => holding.instrument.lastClose))
            break;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        expect(holdings.filter((holding) => !holding.instrument.lastClose)).toEqual([]);
        // One of the 50 largest stocks that no demo portfolio holds: tracked from the master file.
        const largest = await graphql<{ instrument: { nameKo: string; tracked: boolean } }>(
          `${base('gateway')}/graphql`,
          '{ instrument(symbol: "373220") { nameKo tracked } }',
          {},
          headers,
        );
        expect(largest.data?.instrument).toEqual({ nameKo: 'LG에너지솔루션', tracked: true });

        for (const service of SERVICES) {
          for (const path of ['/healthz', '/readyz']) {
            const response = await fetch(`${base(service)}${path}`);
            expect(response.status, `${service}${path}`).toBe(200);
          }
          const port = Number(ports[`${envStem(service)}_PORT`]);
          const metrics = await fetch(`http://127.0.0.1:${metricsPortFor(service, port)}/metrics`);
          expect(metrics.status, `${service} metrics port`).toBe(200);
        }
        expect(run.output()).toContain(`GraphQL (gateway)  ${base('gateway')}/graphql`);
        const dashboard = await fetch(`${base('web')}/`);
        expect(await dashboard.text()).toContain('<div id="app"></div>');
        expect(run.output()).toMatch(/^accounts\s+│ .*accounts listening/m);
      } finally {
        run.signal('SIGINT');
      }
      // npm itself dies of the SIGINT; what matters is that every service stopped cleanly.
      await run.exited;
      expect(run.output()).toContain('» stopping');
      for (const service of SERVICES) {
        expect(run.output()).toMatch(new RegExp(`^${service}\\s+│ .*${service} stopped`, 'm'));
        const port = ports[`${envStem(service)}_PORT`];
        const closed = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          () => false,
          () => true,
        );
        expect(closed, `${service} still answers`).toBe(true);
      }
    }, 360_000);
  });
});
