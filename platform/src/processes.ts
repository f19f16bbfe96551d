import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { repoRoot, serviceEntries, serviceFolders, type ServiceName } from './layout.js';

export interface ServiceProcess {
  name: ServiceName;
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop: (timeoutMs?: number) => Promise<void>;
}

export interface SpawnServiceOptions {
  env: NodeJS.ProcessEnv;
  /**
   * Puts the process in its own process group, so that a Ctrl-C in the terminal reaches
   * only the supervisor, which then stops its services in order.
   */
  detached?: boolean;
  /** Extra Node.js flags, e.g. `--cpu-prof` to profile a service under load. */
  nodeArgs?: string[];
  /** Called with each line the process writes. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** Starts one service as its own Node process, from the repository root so `.env` applies. */
export function spawnService(name: ServiceName, options: SpawnServiceOptions): ServiceProcess {
  const folder = join(repoRoot, serviceFolders[name]);
  // Always the build; tests start them in-process through the test harness.
  const args = [...(options.nodeArgs ?? []), join(folder, serviceEntries[name] ?? 'dist/main.js')];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  for (const stream of ['stdout', 'stderr'] as const) {
    const lines = createInterface({ input: child[stream]! });
    lines.on('line', (line) => options.onLine?.(line, stream));
  }
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
  });
  const stop = async (timeoutMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(killer);
  };
  return { name, child, exited, stop };
}

/**
 * Polls `<baseUrl>/readyz` until it answers 200. Rejects after `timeoutMs`, or at once
 * if `exited` settles first (the process died while starting).
 */
export async function waitUntilReady(
  baseUrl: string,
  { timeoutMs = 60_000, exited }: { timeoutMs?: number; exited?: Promise<unknown> } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  void exited?.then(() => (died = true));
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (died) throw new Error(`${baseUrl} exited before it was ready (${last})`);
    try {
      const response = await fetch(new URL('/readyz', baseUrl), {
        signal: AbortSignal.timeout(2_000),
      });
      if (response.ok) return;
      last = `readyz answered ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${baseUrl} was not ready within ${timeoutMs / 1000} s (${last})`);
}
