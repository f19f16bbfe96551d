/**
 * `npm start`: builds, migrates, seeds (outside production), starts every service with
 * prefixed logs, waits until each is ready and prints the URLs. Ctrl-C stops them all.
 *
 *   npm start -- --skip-build   reuse the last build
 */
import { execFileSync } from 'node:child_process';
// Type-only: erased at run time, so it does not load the platform before the build.
import type { ServiceName, ServiceProcess } from './index.js';
import {
  ConfigError,
  SUBGRAPHS,
  etlWorkerPlacement,
  loadConfig,
  workerPlacement,
  servicePort,
  type Env,
} from '@capstone/config';
import { pingServer } from '@capstone/db';
import { isRedisReachable } from '@capstone/server-kit';
import type { KisSimulator } from '@capstone/kis-simulator';
import { startDemoSimulator } from './demo-simulator.js';
import { createLogPrinter } from './log-printer.js';
import { databaseMissingMessage, exitOnSetupError } from './setup-errors.js';

const say = (message: string) => process.stdout.write(`${message}\n`);

let config: Env;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) exitOnSetupError(error);
  throw error;
}

try {
  await pingServer(config.DATABASE_URL);
} catch (error) {
  process.stderr.write(databaseMissingMessage(error));
  process.exit(69);
}

if (!process.argv.includes('--skip-build')) {
  say('» building');
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  } catch {
    process.stderr.write('The build failed; see above.\n');
    process.exit(1);
  }
}

// Imported only now: the platform's modules need the Prisma clients the build generates.
const platform = await import('./index.js');

const redis = await isRedisReachable(config.REDIS_URL);
say(
  redis
    ? `» Redis answers at ${config.REDIS_URL}`
    : `» Redis is not reachable at ${config.REDIS_URL}; services keep their state in memory`,
);
// Live quotes reach subscribers across processes only through Redis: without it the ETL worker
// runs inside market-data. The choice is made once, here, and handed to every service as a
// settled mode, so that no service probes Redis to decide it again.
const workerMode = etlWorkerPlacement(config.ETL_WORKER_MODE, redis);
// Simulation runs the same way: a BullMQ queue and a simulation-worker process when Redis
// answers (a worker without Redis has nothing to take runs from), in the scenario subgraph
// otherwise.
const simulationMode = workerPlacement(redis ? config.SIMULATION_WORKER_MODE : 'in-process', redis);

try {
  say('» migrating');
  await platform.migrateAll(config, (message) => say(`  ${message}`));
  await platform.seedReferenceData(config);
  if (config.NODE_ENV !== 'production') {
    const report = await platform.seedDemoData(config);
    say(
      `» demo data: user demo@example.com, portfolios ${report.portfoliosCreated.length ? `created ${report.portfoliosCreated.join(', ')}` : 'already there'}, ${report.scenarioTemplates} scenario templates`,
    );
  }
} catch (error) {
  exitOnSetupError(error);
}

let simulator: KisSimulator | undefined;
const marketData = await import('@capstone/market-data');
const { hasKisCredentials } = await import('@capstone/market-data/etl');
if (hasKisCredentials(config)) {
  say(`» market data from KIS (${config.KIS_ENV})`);
} else {
  try {
    const { DEMO_PORTFOLIOS, DEMO_PRICES_DATE } = await import('@capstone/portfolio');
    simulator = await startDemoSimulator(
      config,
      marketData.DEMO_INSTRUMENTS.map((instrument) => instrument.symbol),
      Object.fromEntries(
        DEMO_PORTFOLIOS.flatMap((demo) => demo.buys).map((buy) => [
          buy.symbol,
          { date: DEMO_PRICES_DATE, close: buy.price },
        ]),
      ),
    );
  } catch (error) {
    process.stderr.write(
      `The KIS simulator could not start: ${error instanceof Error ? error.message : String(error)}\n` +
        'Free the ports KIS_SIM_REST_PORT and KIS_SIM_WS_PORT, or set KIS_APP_KEY and KIS_APP_SECRET.\n',
    );
    process.exit(1);
  }
  say(
    `» no KIS credentials: KIS simulator (${simulator.universe.length} stocks, ${config.KIS_SIM_DATA ? `replaying ${config.KIS_SIM_DATA}` : 'synthetic prices'}, continuous session) at ${simulator.restUrl} and ${simulator.wsUrl}`,
  );
}
say(
  workerMode === 'process'
    ? '» the ETL worker runs as its own process'
    : workerMode === 'in-process'
      ? '» the ETL worker runs inside market-data'
      : '» the ETL worker is off (ETL_WORKER_MODE=off)',
);
say(
  simulationMode === 'process'
    ? '» simulations run in the simulation worker (BullMQ queue in Redis)'
    : simulationMode === 'in-process'
      ? '» simulations run inside the scenario subgraph'
      : '» the simulation worker is off (SIMULATION_WORKER_MODE=off)',
);

const printer = createLogPrinter();
const running: ServiceProcess[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  stopping = true;
  await Promise.all(running.map((service) => service.stop()));
  await simulator?.close();
  process.exit(code);
}
process.once('SIGINT', () => {
  say('\n» stopping');
  void stopAll(0);
});
process.once('SIGTERM', () => void stopAll(0));
// The services run in process groups of their own; never leave them behind.
process.once('exit', () => {
  for (const service of running) service.child.kill('SIGTERM');
});

async function startWave(names: ServiceName[]): Promise<void> {
  const wave = names.map((name) => {
    const service = platform.spawnService(name, {
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        ETL_WORKER_MODE: workerMode,
        SIMULATION_WORKER_MODE: simulationMode,
      },
      detached: true,
      onLine: (line) => printer(name, line),
    });
    running.push(service);
    void service.exited.then((code) => {
      if (stopping) return;
      process.stderr.write(`${name} exited with code ${code}; stopping the platform\n`);
      void stopAll(1);
    });
    return service;
  });
  await Promise.all(
    wave.map((service) =>
      platform.waitUntilReady(`http://${config.HOST}:${servicePort(config, service.name)}`, {
        exited: service.exited,
      }),
    ),
  );
}

try {
  await startWave([
    ...SUBGRAPHS,
    ...(workerMode === 'process' ? (['etl-worker'] as const) : []),
    ...(simulationMode === 'process' ? (['simulation-worker'] as const) : []),
  ]);
  await startWave(['gateway']);
  await startWave(['mcp-server', 'web']);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  await stopAll(1);
}

const url = (service: Parameters<typeof servicePort>[1], path = '') =>
  `http://${config.HOST}:${servicePort(config, service)}${path}`;
say(
  [
    '',
    '  capstone-trading is ready',
    '',
    `  GraphQL (gateway)  ${url('gateway', '/graphql')}`,
    `  Dashboard          ${url('web')}/`,
    `  MCP (agents)       ${url('mcp-server', '/mcp')}`,
    ...SUBGRAPHS.map((name) => `  ${name.padEnd(17)}  ${url(name, '/graphql')}`),
    workerMode === 'process'
      ? `  ETL worker         ${url('etl-worker')}/healthz`
      : `  ETL worker         ${workerMode === 'in-process' ? 'inside market-data' : 'off'}`,
    simulationMode === 'process'
      ? `  Simulation worker  ${url('simulation-worker')}/healthz`
      : `  Simulation worker  ${simulationMode === 'in-process' ? 'inside scenario' : 'off'}`,
    simulator
      ? `  KIS simulator      ${simulator.restUrl} (REST), ${simulator.wsUrl} (WebSocket)`
      : `  KIS               ${config.KIS_ENV} environment`,
    '',
    workerMode === 'off'
      ? ''
      : '  The ETL fills in instruments and daily bars in the background (npm run etl -- runs);\n' +
        '  the ai service trains its first models as soon as they are in (trainingRuns).',
    '  Every service also serves /healthz and /readyz, and /metrics on 9000 + (port − 4000) (web 9080).',
    config.NODE_ENV === 'production'
      ? ''
      : `  Demo log-in: demo@example.com / ${config.DEMO_USER_PASSWORD === 'capstone-demo-2026' ? 'capstone-demo-2026' : '(DEMO_USER_PASSWORD)'}`,
    '  Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);
