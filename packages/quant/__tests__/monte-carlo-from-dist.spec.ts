import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo, type MonteCarloInput } from '@capstone/quant';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const input: MonteCarloInput = {
  model: {
    kind: 'gbm',
    drift: [0.0003, 0.0002],
    covariance: [
      [0.0002, 0.00005],
      [0.00005, 0.0003],
    ],
  },
  weights: [0.6, 0.4],
  initialValue: 50_000_000,
  steps: 30,
  paths: 200,
  seed: 5,
};

describe('Monte Carlo workers load from the built package too', () => {
  it('a plain `node` process running dist/ gives the same result as the TypeScript sources', async () => {
    await run('npx', ['tsc', '-b', 'packages/quant'], { cwd: repoRoot });
    // Plain Node without tsx or the capstone-source condition: dist/index.js and dist/…/worker.js.
    const script = `
      const { runMonteCarlo } = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});
      const result = await runMonteCarlo(${JSON.stringify(input)}, { threads: 2 });
      process.stdout.write(JSON.stringify(result));
    `;
    const dir = mkdtempSync(join(tmpdir(), 'quant-dist-'));
    const file = join(dir, 'run.mjs');
    writeFileSync(file, script);
    // A clean environment: no NODE_OPTIONS from the test runner, no tsx loader.
    const { stdout } = await run(process.execPath, [file], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH },
    }).finally(() => rmSync(dir, { recursive: true, force: true }));
    const fromSource = await runMonteCarlo(input, { threads: 1 });
    expect(stdout).toBe(JSON.stringify(fromSource));
  }, 180_000);
});
