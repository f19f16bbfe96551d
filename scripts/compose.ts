/**
 * `npm run compose [-- --check]`: every subgraph prints its own SDL (its `print-schema`
 * script), then the gateway composes the supergraph from those files.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SUBGRAPHS } from '@capstone/config';

const run = promisify(execFile);
const args = process.argv.includes('--check') ? ['--check'] : [];
const node = (script: string) =>
  run(process.execPath, ['--import', 'tsx', '--conditions=capstone-source', script, ...args], {
    cwd: new URL('..', import.meta.url),
  });

const printed = await Promise.allSettled(
  SUBGRAPHS.map((name) => node(`subgraphs/${name}/scripts/print-schema.ts`)),
);
let failed = false;
for (const outcome of printed) {
  const output = outcome.status === 'fulfilled' ? outcome.value : outcome.reason;
  process.stdout.write(output.stdout ?? '');
  process.stderr.write(output.stderr ?? '');
  if (outcome.status === 'rejected') failed = true;
}
if (failed) process.exit(1);
try {
  const { stdout } = await node('gateway/scripts/compose-supergraph.ts');
  process.stdout.write(stdout);
} catch (error) {
  const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exit(1);
}
