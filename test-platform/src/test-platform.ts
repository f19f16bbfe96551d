import { SUBGRAPHS, type SubgraphName } from '@capstone/config';
import { startGateway } from '@capstone/gateway';
import {
  startKisSimulator,
  type KisSimulator,
  type KisSimulatorOptions,
} from '@capstone/kis-simulator';
import {
  startEtlWorkerService,
  type EtlWorker,
  type StartEtlWorkerServiceOptions,
} from '@capstone/market-data';
import { startMcpService } from '@capstone/mcp-server';
import { startSimulationWorkerService } from '@capstone/scenario';
import { startWebService } from '@capstone/web';
import {
  seedDemoData,
  subgraphModules,
  type SeedReport,
  type ServiceName,
} from '@capstone/platform';
import { startSubgraph, type RunningService } from '@capstone/server-kit';
import { startMailSink, type MailSink } from './mail-sink.js';
import { unusedPort } from './ports.js';
import { createTestDatabases, type TestDatabases } from './test-databases.js';

export interface StartPlatformOptions {
  /** Which services to run; the gateway, when listed, is started after the subgraphs. */
  services?: ServiceName[];
  /** Seed the demo user, portfolios, instruments and scenario templates. */
  seed?: boolean;
  /** Extra environment for the configuration, e.g. `{ NODE_ENV: 'production' }`. */
  env?: Record<string, string>;
  /**
   * Starts a KIS simulator first (on free ports) and points the platform's KIS settings at it,
   * as `npm start` does without KIS credentials.
   */
  kisSimulator?: KisSimulatorOptions;
  /** Test hooks for the ETL worker, when `services` lists 'etl-worker'. */
  etlWorker?: StartEtlWorkerServiceOptions['worker'];
}

export interface TestPlatform {
  config: TestDatabases['config'];
  /** Base URLs (`http://127.0.0.1:<port>`) of the running services. */
  urls: Partial<Record<ServiceName, string>>;
  /** `<gateway>/graphql`, when the gateway runs. */
  graphqlUrl: string;
  /** The gateway's internal listener (signed identities of platform services), `<url>/graphql`. */
  internalGraphqlUrl: string;
  /** Where each running service serves /metrics (its metrics port, not the public one). */
  metricsUrls: Partial<Record<ServiceName, string>>;
  seed?: SeedReport;
  /** The simulator, when `kisSimulator` was given. */
  kisSimulator?: KisSimulator;
  /** The ETL worker, when 'etl-worker' runs. */
  etlWorker?: EtlWorker;
  /** Catches the mail accounts sends (MAIL_URL points at it). */
  mail: MailSink;
  /** Stops one service, e.g. to see how the others cope. */
  stopService: (name: ServiceName) => Promise<void>;
  /** Starts a stopped subgraph again on the port it had. */
  restartSubgraph: (name: SubgraphName) => Promise<void>;
  stop: () => Promise<void>;
}

/** A subgraph that is not running: nothing listens on port 1. */
const UNREACHABLE = 'http://127.0.0.1:1/graphql';

/**
 * Starts the listed services in this process, each a real HTTP server on a free loopback
 * port, against fresh databases. Always `stop()` it (in `afterAll`).
 */
export async function startPlatform(options: StartPlatformOptions = {}): Promise<TestPlatform> {
  const services = options.services ?? [...SUBGRAPHS, 'gateway'];
  // Chosen up front: subgraphs that ask other services' data reach them through the gateway.
  const gatewayPort = await unusedPort();
  const gatewayInternalPort = await unusedPort([gatewayPort]);
  const kisSimulator = options.kisSimulator
    ? await startKisSimulator(options.kisSimulator)
    : undefined;
  const mail = await startMailSink();
  const databases = await createTestDatabases({
    GATEWAY_PORT: String(gatewayPort),
    GATEWAY_INTERNAL_PORT: String(gatewayInternalPort),
    ...(kisSimulator
      ? {
          KIS_REST_URL: kisSimulator.restUrl,
          KIS_WS_URL: kisSimulator.wsUrl,
          KIS_MASTER_FILES_URL: kisSimulator.masterFilesUrl,
        }
      : {}),
    // Accounts' mail (sign-up and reset links) lands in the sink, for tests to read.
    MAIL_URL: mail.url,
    ...options.env,
  }).catch(async (error: unknown) => {
    await kisSimulator?.close();
    await mail.close();
    throw error;
  });
  const { config } = databases;
  const running = new Map<ServiceName, RunningService>();
  let etlWorker: EtlWorker | undefined;
  const stop = async () => {
    await Promise.all([...running.values()].map((service) => service.close()));
    running.clear();
    await kisSimulator?.close();
    await mail.close();
    await databases.drop();
  };

  try {
    const seed = options.seed ? await seedDemoData(config) : undefined;
    const subgraphs = SUBGRAPHS.filter((name) => services.includes(name));
    await Promise.all(
      subgraphs.map(async (name) => {
        running.set(
          name,
          await startSubgraph(subgraphModules[name].definition, { config, port: 0 }),
        );
      }),
    );
    if (services.includes('etl-worker')) {
      const worker = await startEtlWorkerService({ config, port: 0, worker: options.etlWorker });
      etlWorker = worker.worker;
      running.set('etl-worker', worker);
    }
    if (services.includes('simulation-worker')) {
      running.set('simulation-worker', await startSimulationWorkerService({ config, port: 0 }));
    }
    if (services.includes('gateway')) {
      const subgraphUrls = Object.fromEntries(
        SUBGRAPHS.map((name) => [
          name,
          running.get(name) ? `${running.get(name)!.url}/graphql` : UNREACHABLE,
        ]),
      ) as Record<SubgraphName, string>;
      running.set(
        'gateway',
        await startGateway({
          config,
          port: gatewayPort,
          internalPort: gatewayInternalPort,
          metricsPort: 0,
          subgraphUrls,
        }),
      );
    }
    if (services.includes('mcp-server')) {
      running.set('mcp-server', await startMcpService({ config, port: 0 }));
    }
    if (services.includes('web')) {
      // The dashboard's chat panel talks to this MCP server, wherever it listens.
      const mcp = running.get('mcp-server');
      running.set(
        'web',
        await startWebService({ config, chatUrl: mcp ? `${mcp.url}/api/chat` : undefined }),
      );
    }
    const urls = Object.fromEntries([...running].map(([name, service]) => [name, service.url]));
    return {
      config,
      urls,
      graphqlUrl: `${urls.gateway ?? ''}/graphql`,
      internalGraphqlUrl: `${running.get('gateway')?.internalUrl ?? ''}/graphql`,
      metricsUrls: Object.fromEntries(
        [...running].map(([name, service]) => [name, service.metricsUrl]),
      ),
      seed,
      kisSimulator,
      etlWorker,
      mail,
      stopService: async (name) => {
        await running.get(name)?.close();
        running.delete(name);
      },
      restartSubgraph: async (name) => {
        if (running.has(name)) return;
        const port = Number(new URL(urls[name]!).port);
        running.set(name, await startSubgraph(subgraphModules[name].definition, { config, port }));
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
