/**
 * Quant benchmarks, each against its peer in the same run: `npm run bench:quant` runs them all,
 * `npm run bench:quant -- monte-carlo backtest` the named ones. Every `bench/quant/*.ts` that
 * exports `bench` (see lib.ts) is picked up. Prints the machine and a Markdown table.
 *
 *   BENCH_ROUNDS=5 (best of, both sides)   BENCH_MC_PATHS=10000
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import type { QuantBench } from './lib.js';

const here = new URL('./', import.meta.url);
const benches: QuantBench[] = [];
for (const file of readdirSync(here).sort()) {
  if (!file.endsWith('.ts') || file === 'run.ts' || file === 'lib.ts') continue;
  const module = (await import(new URL(file, here).href)) as { bench?: QuantBench };
  if (module.bench) benches.push(module.bench);
}
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !benches.some((b) => b.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown bench: ${unknown.join(', ')}; known: ${benches.map((b) => b.name).join(', ')}`,
  );
  process.exit(2);
}
const selected = wanted.length > 0 ? benches.filter((b) => wanted.includes(b.name)) : benches;

console.log(
  `# quant benchmarks — ${new Date().toISOString()}\n\nnode ${process.version}, ${cpus()[0]?.model} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`,
);
const rows: string[] = [];
let failed = false;
for (const bench of selected) {
  console.log(`## ${bench.name}: ${bench.description}`);
  const figures = await bench.run();
  const ratio = figures.peerMs / figures.oursMs;
  const met = ratio >= figures.target;
  failed ||= !met;
  for (const note of figures.notes) console.log(`- ${note}`);
  rows.push(
    `| ${bench.name} | ${figures.oursMs.toFixed(0)} ms | ${figures.peer}: ${figures.peerMs.toFixed(0)} ms | ${ratio.toFixed(2)}× | ≥ ${figures.target}× ${met ? 'met' : 'NOT met'} |`,
  );
}
console.log(
  `\n| bench | ours | peer | speed-up | target |\n|---|---|---|---|---|\n${rows.join('\n')}`,
);
if (failed) process.exitCode = 1;
