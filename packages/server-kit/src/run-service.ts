import { ConfigError, loadConfig, type Env } from '@capstone/config';
import type { RunningService } from './http-service.js';

/**
 * The entry point of a service process: loads the configuration, starts the service,
 * and stops it cleanly on SIGINT or SIGTERM. A bad configuration ends the process
 * with a message naming the variable, not a stack trace.
 */
export async function runService(
  name: string,
  start: (config: Env) => Promise<RunningService | RunningService[]>,
): Promise<void> {
  let config: Env;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }

  let running: RunningService[];
  try {
    const started = await start(config);
    running = Array.isArray(started) ? started : [started];
  } catch (error) {
    process.stderr.write(
      `${name} failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }

  const stop = async (signal: NodeJS.Signals) => {
    process.stderr.write(`${name}: ${signal}, stopping\n`);
    await Promise.allSettled(running.map((service) => service.close()));
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
