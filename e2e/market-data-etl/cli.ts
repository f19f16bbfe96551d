import { spawn } from 'node:child_process';
import type { Env } from '@capstone/config';
import { repoRoot } from '@capstone/platform';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run etl -- …`'s script, as a person would, against a test platform's databases. */
export function runEtlCli(
  args: string[],
  config: Env,
  env: Record<string, string> = {},
): Promise<CliResult> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=capstone-source',
      'subgraphs/market-data/src/etl/cli.ts',
      ...args,
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: config.DATABASE_URL,
        DATABASE_PREFIX: config.DATABASE_PREFIX,
        REDIS_URL: config.REDIS_URL,
        ...(config.KIS_REST_URL ? { KIS_REST_URL: config.KIS_REST_URL } : {}),
        ...(config.KIS_WS_URL ? { KIS_WS_URL: config.KIS_WS_URL } : {}),
        ...(config.KIS_MASTER_FILES_URL
          ? { KIS_MASTER_FILES_URL: config.KIS_MASTER_FILES_URL }
          : {}),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
