import { randomBytes } from 'node:crypto';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import { DEFAULT_PORTS, SUBGRAPHS, envStem, type SubgraphName } from '@capstone/config';
import {
  repoRoot,
  seedDemoData,
  spawnService,
  waitUntilReady,
  type ServiceProcess,
} from '@capstone/platform';
import { createTestDatabases, insertKrxBars } from '@capstone/test-platform';

export const BENCH_SECRET = 'capstone-benchmark-internal-secret-0123456789';

export interface BenchPlatform {
  env: Record<string, string>;
  subgraphUrls: Record<SubgraphName, string>;
  demoUserId: string;
  /** Process ids of the subgraphs, so a benchmark can read the CPU time they spend. */
  pids: number[];
  config: Awaited<ReturnType<typeof createTestDatabases>>['config'];
  stop: () => Promise<void>;
}

/**
 * The five subgraphs as separate processes, from the build, on fresh databases with the demo
 * data and real prices: what both gateways in a benchmark sit in front of.
 */
export async function startBenchSubgraphs(): Promise<BenchPlatform> {
  const ports: Record<string, string> = {};
  for (const name of SUBGRAPHS) ports[`${envStem(name)}_PORT`] = String(await getPort());
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    INTERNAL_JWT_SECRET: BENCH_SECRET,
    // Production refuses the repository's development key for secrets at rest.
    SECRETS_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    RATE_LIMIT_API_KEY_PER_MINUTE: '1000000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    MAX_SUBSCRIPTIONS_PER_CONNECTION: '10000',
    MAX_SUBSCRIPTIONS_PER_USER: '100000',
    ...ports,
  };
  const databases = await createTestDatabases({
    ...env,
    DATABASE_PREFIX: `capstone_bench_${process.pid}`,
  });
  const seed = await seedDemoData(databases.config);
  await insertKrxBars(
    databases.config,
    [
      '005930',
      '000660',
      '035420',
      '035720',
      '207940',
      '006400',
      '247540',
      '105560',
      '086790',
      '033780',
      '036460',
      '004370',
      '000080',
    ],
    '2022-06-01',
    '2022-09-19',
  );
  const fullEnv = { ...process.env, ...env, DATABASE_PREFIX: databases.config.DATABASE_PREFIX };
  const services: ServiceProcess[] = SUBGRAPHS.map((name) =>
    spawnService(name, {
      env: fullEnv,
      onLine: (line, stream) => stream === 'stderr' && process.stderr.write(`${name}: ${line}\n`),
    }),
  );
  await Promise.all(
    services.map((service) =>
      waitUntilReady(`http://127.0.0.1:${ports[`${envStem(service.name)}_PORT`]}`, {
        exited: service.exited,
      }),
    ),
  );
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${ports[`${envStem(name)}_PORT`]}/graphql`]),
  ) as Record<SubgraphName, string>;
  return {
    env: { ...env, DATABASE_PREFIX: databases.config.DATABASE_PREFIX },
    subgraphUrls,
    demoUserId: seed.demoUserId,
    pids: services.map((service) => service.child.pid!),
    config: databases.config,
    stop: async () => {
      await Promise.all(services.map((service) => service.stop()));
      await databases.drop();
    },
  };
}

/** Whether the gateways share identical in-flight subgraph fetches (both do by default). */
export const benchDeduplication = () => process.env.BENCH_DEDUPLICATION !== 'off';

export interface BenchGateway {
  url: string;
  /** Our gateway's internal listener, for requests with a signed identity. */
  internalUrl?: string;
  pid: number;
  stop: () => Promise<void>;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

// USER_HZ, fixed at 100 on Linux for every architecture Node runs on.
const CLOCK_TICKS_PER_SECOND = 100;

/** Our gateway as its own process, from the build; `env` adds to the platform's. */
export async function startOurGateway(
  platform: BenchPlatform,
  env: Record<string, string> = {},
): Promise<BenchGateway> {
  const port = await getPort();
  // The bench asks with signed identities, as the platform's services do: those go to the
  // internal listener (the public one refuses them).
  const internalPort = await getPort({ exclude: [port] });
  const service = spawnService('gateway', {
    env: {
      ...process.env,
      ...platform.env,
      GATEWAY_PORT: String(port),
      GATEWAY_INTERNAL_PORT: String(internalPort),
      // BENCH_DEDUPLICATION=off measures both gateways with every subgraph fetch sent.
      SUBGRAPH_DEDUPLICATION: String(benchDeduplication()),
      ...env,
    },
    // BENCH_PROFILE=dir writes a CPU profile of our gateway under the load.
    nodeArgs: process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
      : [],
    onLine: (line, stream) => stream === 'stderr' && process.stderr.write(`gateway: ${line}\n`),
  });
  await waitUntilReady(`http://127.0.0.1:${port}`, { exited: service.exited });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    internalUrl: `http://127.0.0.1:${internalPort}/graphql`,
    pid: service.child.pid!,
    stop: () => service.stop(),
  };
}

/** The supergraph with the subgraph URLs of this run, for a peer gateway that reads a file. */
export function supergraphFor(platform: BenchPlatform, supergraphSdl: string): string {
  let sdl = supergraphSdl;
  for (const name of SUBGRAPHS) {
    sdl = sdl.replace(
      `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
      platform.subgraphUrls[name],
    );
  }
  const path = join(tmpdir(), `bench-supergraph-${process.pid}.graphql`);
  writeFileSync(path, sdl);
  return path;
}

/** Installs Hive Gateway in bench/.peers/hive (not committed) the first time a benchmark needs it. */
export function ensureHiveGateway(): void {
  const peer = join(repoRoot, 'bench', '.peers', 'hive');
  if (existsSync(join(peer, 'node_modules', '@graphql-hive', 'gateway'))) return;
  process.stdout.write('installing Hive Gateway in bench/.peers/hive (once)…\n');
  execFileSync(
    'npm',
    ['install', '--prefix', peer, '--no-audit', '--no-fund', '@graphql-hive/gateway'],
    { stdio: 'inherit' },
  );
}

/** Hive Gateway, installed on demand in bench/.peers/hive, as its own process. */
export async function startHiveGateway(supergraphPath: string): Promise<BenchGateway> {
  const port = await getPort();
  const peer = join(repoRoot, 'bench', '.peers', 'hive');
  // The config imports Hive Gateway, so it runs from the folder Hive Gateway is installed in.
  copyFileSync(
    join(repoRoot, 'bench', 'gateway', 'hive', 'gateway.config.ts'),
    join(peer, 'gateway.config.ts'),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(peer, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'),
      'supergraph',
      supergraphPath,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: peer,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`hive: ${chunk}`));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/healthcheck`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('Hive Gateway did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: `${url}/graphql`,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
