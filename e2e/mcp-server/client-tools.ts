import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { lock } from 'proper-lockfile';

const run = promisify(execFile);

/**
 * MCP clients nobody here wrote, with the Node 22 they need: the MCP Inspector CLI 2.x and the
 * conformance suite. They live in client-tools/ with their own lockfile, outside the workspaces:
 * as a workspace dependency, node@22 would put a `node` into node_modules/.bin and every npm
 * script would run on it instead of the project's Node. Installed with `npm ci` on first use.
 */
export const CLIENT_TOOLS = join(import.meta.dirname, 'client-tools');
const modules = join(CLIENT_TOOLS, 'node_modules');
export const NODE_22 = join(modules, 'node/bin/node');
export const INSPECTOR = join(
  modules,
  '@modelcontextprotocol/inspector/clients/launcher/build/index.js',
);
export const CONFORMANCE = join(modules, '@modelcontextprotocol/conformance/dist/index.js');

const installed = () => [NODE_22, INSPECTOR, CONFORMANCE].every((path) => existsSync(path));

/**
 * Installs the tools once. Test files run in parallel processes, and two `npm ci` in one folder
 * remove each other's files: the first takes a lock on the folder, the others wait for it and
 * then find the tools there.
 */
export async function ensureClientTools(): Promise<void> {
  if (installed()) return;
  const release = await lock(CLIENT_TOOLS, {
    lockfilePath: join(CLIENT_TOOLS, '.install.lock'),
    stale: 60_000,
    retries: { retries: 600, minTimeout: 1_000, maxTimeout: 1_000 },
  });
  try {
    if (installed()) return;
    await run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', CLIENT_TOOLS], {
      timeout: 600_000,
    });
  } finally {
    await release();
  }
}

/** Runs a client tool on Node 22; gives back what it printed and its exit code. */
export async function node22(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(NODE_22, args, {
      env: { ...process.env, ...options.env },
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
      cwd: options.cwd,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}
