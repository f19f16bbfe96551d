import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const planted: string[] = [];

/** Plants a file in the real tree and runs the same layer check `npm run check` runs on it. */
async function checkPlanted(path: string, source: string) {
  const file = `${path}/planted-${randomBytes(4).toString('hex')}.ts`;
  writeFileSync(`${repoRoot}${file}`, source);
  planted.push(`${repoRoot}${file}`);
  try {
    await promisify(execFile)(
      'npx',
      ['depcruise', file, '--config', '.dependency-cruiser.cjs', '--output-type', 'err-long'],
      { cwd: repoRoot },
    );
    return { failed: false, file, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, file, output: stdout + stderr };
  }
}

afterEach(() => {
  for (const file of planted.splice(0)) rmSync(file, { force: true });
});

describe('the layer check', () => {
  it('fails on a library that imports a service, naming the import and the rule', async () => {
    const result = await checkPlanted(
      'packages/server-kit/src',
      "import { startGateway } from '@capstone/gateway';\nexport const planted = startGateway;\n",
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('library-imports-service');
    expect(result.output).toContain(`${result.file} → gateway/src/index.ts`);
  });

  it('fails on a subgraph that imports another subgraph', async () => {
    const result = await checkPlanted(
      'subgraphs/portfolio/src',
      "import { schema } from '@capstone/market-data';\nexport const planted = schema;\n",
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('subgraph-imports-subgraph');
  });

  it('passes a library that imports only libraries', async () => {
    const result = await checkPlanted(
      'packages/server-kit/src',
      "import { loadConfig } from '@capstone/config';\nexport const planted = loadConfig;\n",
    );
    expect(result.output).toBe('');
    expect(result.failed).toBe(false);
  });
});
