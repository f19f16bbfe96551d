import { describe, expect, it } from 'vitest';
import { HELD_OUT_CASES } from './cases/held-out.js';
import { TUNING_CASES } from './cases/tuning.js';
import type { ChatCase } from './cases/types.js';
import { ACTION_TOOLS, READ_TOOLS } from './support/agent-under-test.js';
import { runCase, score, type CaseOutcome } from './support/accuracy.js';
import { masterDirectory } from './support/directory.js';

const TARGETS = { tool: 0.95, args: 0.9 };
const directory = masterDirectory();

async function run(cases: ChatCase[]): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const testCase of cases) outcomes.push(await runCase(testCase, directory));
  return outcomes;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

describe('the chat test set', () => {
  it('names only the tools of the MCP contract', () => {
    const known = new Set<string>([...READ_TOOLS, ...ACTION_TOOLS]);
    for (const testCase of [...TUNING_CASES, ...HELD_OUT_CASES]) {
      if ('tool' in testCase.expect) expect(known, testCase.id).toContain(testCase.expect.tool);
    }
    const ids = [...TUNING_CASES, ...HELD_OUT_CASES].map((testCase) => testCase.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('meets the targets overall (tool ≥ 95%, arguments ≥ 90%), tuning and held-out shown apart', async () => {
    const tuning = await run(TUNING_CASES);
    const heldOut = await run(HELD_OUT_CASES);
    const rows = [
      ['tuning', score(tuning)],
      ['held-out', score(heldOut)],
      ['overall', score([...tuning, ...heldOut])],
    ] as const;
    const table = [
      '| set | requests | tool accuracy | argument accuracy |',
      '|---|---:|---:|---:|',
      ...rows.map(
        ([name, result]) =>
          `| ${name} | ${result.cases} | ${percent(result.tool)} | ${percent(result.args)} |`,
      ),
    ];
    const misses = [
      ...tuning.map((outcome) => ['tuning', outcome] as const),
      ...heldOut.map((outcome) => ['held-out', outcome] as const),
    ]
      .filter(([, outcome]) => !outcome.argsOk)
      .map(
        ([set, outcome]) =>
          `✗ [${set}] ${outcome.id}\n    want ${outcome.expected}\n    got  ${outcome.got}`,
      );
    console.log(`${table.join('\n')}\n${misses.join('\n')}`);
    const overall = rows[2][1];
    expect(overall.tool).toBeGreaterThanOrEqual(TARGETS.tool);
    expect(overall.args).toBeGreaterThanOrEqual(TARGETS.args);
  });
});
