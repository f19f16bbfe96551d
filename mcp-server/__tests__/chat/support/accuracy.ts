import type { ChatCase } from '../cases/types.js';
import { createChatAgent, type InstrumentDirectory } from './agent-under-test.js';
import { fakeTools, TEST_NOW } from './world.js';

export interface CaseOutcome {
  id: string;
  toolOk: boolean;
  argsOk: boolean;
  expected: string;
  got: string;
}

/** What the agent chose for the case's last message: a proposed write, a question, or a call. */
export async function runCase(
  testCase: ChatCase,
  directory: InstrumentDirectory,
): Promise<CaseOutcome> {
  const { callTool, calls } = fakeTools();
  const agent = createChatAgent({ callTool, directory, now: () => TEST_NOW });
  let conversationId: string | undefined;
  for (const message of testCase.context ?? []) {
    conversationId = (await agent.chat({ message, conversationId })).conversationId;
  }
  const before = calls.length;
  const answer = await agent.chat({ message: testCase.message, conversationId });
  const made = calls.slice(before);
  const chosen =
    answer.awaiting === 'confirmation' && answer.proposed
      ? { tool: answer.proposed.name, args: answer.proposed.arguments }
      : answer.awaiting === 'clarification'
        ? { tool: 'clarify', args: {} }
        : made.length > 0
          ? { tool: made.at(-1)!.name, args: made.at(-1)!.args }
          : { tool: 'none', args: {} };
  const expected = 'clarify' in testCase.expect ? { tool: 'clarify', args: {} } : testCase.expect;
  const toolOk = chosen.tool === expected.tool;
  const argsOk = toolOk && matches(expected.args ?? {}, chosen.args);
  return {
    id: testCase.id,
    toolOk,
    argsOk,
    expected: `${expected.tool} ${JSON.stringify(expected.args ?? {})}`,
    got: `${chosen.tool} ${JSON.stringify(chosen.args)} — ${answer.reply.split('\n')[0]}`,
  };
}

/** Expected keys only; arrays in any order; objects in arrays by their expected keys. */
export function matches(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(expected - actual) < 1e-9;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    const unused = [...actual];
    return expected.every((item) => {
      const index = unused.findIndex((candidate) => matches(item, candidate));
      if (index < 0) return false;
      unused.splice(index, 1);
      return true;
    });
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.entries(expected).every(([key, value]) =>
      matches(value, (actual as Record<string, unknown>)[key]),
    );
  }
  return expected === actual;
}

export interface Score {
  cases: number;
  tool: number;
  args: number;
}

export const score = (outcomes: CaseOutcome[]): Score => ({
  cases: outcomes.length,
  tool: outcomes.filter((outcome) => outcome.toolOk).length / outcomes.length,
  args: outcomes.filter((outcome) => outcome.argsOk).length / outcomes.length,
});
