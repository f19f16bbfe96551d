import { startKisSimulator } from './simulator.js';
import type { KisSimulatorOptions } from './types.js';

/** Runs the simulator as a process: `npm start --workspace @capstone/kis-simulator`. */
function port(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    throw new Error(`${name} must be a port number, not ${raw}`);
  }
  return value;
}

const session = process.env.KIS_SIM_SESSION ?? 'continuous';
if (session !== 'continuous' && session !== 'krx') {
  throw new Error(`KIS_SIM_SESSION must be continuous or krx, not ${session}`);
}
const options: KisSimulatorOptions = {
  host: process.env.KIS_SIM_HOST || '127.0.0.1',
  restPort: port('KIS_SIM_REST_PORT', 4090),
  wsPort: port('KIS_SIM_WS_PORT', 4091),
  sessionClock: session,
};
if (process.env.KIS_SIM_DATA) options.dataDir = process.env.KIS_SIM_DATA;
if (process.env.KIS_SIM_SEED) {
  const seed = Number(process.env.KIS_SIM_SEED);
  if (!Number.isInteger(seed))
    throw new Error(`KIS_SIM_SEED must be an integer, not ${process.env.KIS_SIM_SEED}`);
  options.seed = seed;
}

const simulator = await startKisSimulator(options);
console.log(
  `kis-simulator (${options.dataDir ? `replay of ${options.dataDir}` : 'synthetic'}, ${session} session, ${simulator.universe.length} stocks): REST ${simulator.restUrl}, WebSocket ${simulator.wsUrl}, master files ${simulator.masterFilesUrl}/`,
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  simulator.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`kis-simulator: close after ${signal} failed`, error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
