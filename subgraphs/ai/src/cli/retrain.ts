/**
 * Retraining from the command line: `node subgraphs/ai/dist/cli/retrain.js [--plan quick]`.
 * The nightly schedule, retrainModels and the first start spawn exactly this, and the
 * Kubernetes CronJob runs it. Started by a serving process, it sends progress to that process
 * over IPC; on its own, through Redis when Redis answers.
 */
import { ConfigError, databaseUrl, gatewayUrl, loadConfig, type Env } from '@capstone/config';
import { createLogger, setLogDestination } from '@capstone/observability';
import { createGatewayClient } from '@capstone/server-kit';
import { artifactStoreFor } from '../artifacts/store.js';
import { createAiEvents, type AiEventMessage, type AiEvents } from '../events.js';
import { gatewayMarketData } from '../market/market-data.js';
import { createPrismaClient } from '../prisma.js';
import { aiSettings } from '../settings.js';
import { TrainingBusyError, runTraining } from '../training/run.js';
import { USAGE, UsageError, parseRetrainArgs, type RetrainArgs } from './args.js';

const EX_USAGE = 64;
const EX_UNAVAILABLE = 69;
const EX_TEMPFAIL = 75;
const EX_CONFIG = 78;

let args: RetrainArgs;
try {
  args = parseRetrainArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`retrain: ${error.message}\n\n${USAGE}`);
  process.exit(EX_USAGE);
}
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

let config: Env;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`retrain: ${error.message}\n`);
  process.exit(EX_CONFIG);
}

// Standard output stays for the parent's log printer; events to a parent go over IPC.
setLogDestination(process.stderr);
const logger = createLogger('ai-retrain', config.LOG_LEVEL);
const url = databaseUrl(config, 'ai');
const prisma = createPrismaClient(url);
const send = process.send?.bind(process);
let events: AiEvents | undefined;
if (!send) events = await createAiEvents(config, logger);

// A stopped pod or a stopping service ends the run as CANCELLED rather than leaving it RUNNING.
const stop = new AbortController();
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => stop.abort(new Error(`Stopped by ${signal}`)));
}

let exitCode = 0;
try {
  await prisma.$queryRawUnsafe('SELECT 1');
} catch (error) {
  process.stderr.write(
    `retrain: the ai database is not reachable or not migrated (${(error as Error).message}); run npm run db:migrate\n`,
  );
  await prisma.$disconnect();
  process.exit(EX_UNAVAILABLE);
}
try {
  const run = await runTraining(
    {
      prisma,
      databaseUrl: url,
      market: gatewayMarketData(
        createGatewayClient(gatewayUrl(config), config.INTERNAL_JWT_SECRET),
      ),
      store: artifactStoreFor(config),
      logger,
      trainingYears: aiSettings(config).trainingYears,
      emit: (name, payload) => {
        if (send) send({ aiEvent: name, payload } satisfies AiEventMessage);
        else events?.publish(name, payload);
      },
    },
    { runId: args.runId, plan: args.plan, trigger: args.trigger, signal: stop.signal },
  );
  logger.info({ runId: run.id, status: run.status }, run.message ?? run.status);
  exitCode = run.status === 'SUCCEEDED' ? 0 : 1;
} catch (error) {
  if (!(error instanceof TrainingBusyError)) throw error;
  logger.warn(error.message);
  exitCode = EX_TEMPFAIL;
} finally {
  await events?.close();
  await prisma.$disconnect();
}
// Exit once the last IPC message has left; the timer only guards against a stray handle.
process.exitCode = exitCode;
process.disconnect?.();
setTimeout(() => process.exit(exitCode), 5_000).unref();
