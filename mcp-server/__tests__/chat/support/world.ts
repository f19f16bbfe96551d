import type { CallTool, ToolResult } from './agent-under-test.js';

/** Noon on Friday 2025-03-14 in Seoul: the "today" of the chat test set. */
export const TEST_NOW = new Date('2025-03-14T03:00:00.000Z');

export const PORTFOLIOS = [
  { id: 'pf-dividend', name: 'Dividend' },
  { id: 'pf-growth', name: 'Growth' },
];

const ok = (structuredContent: unknown): ToolResult => ({
  ok: true,
  isError: false,
  structuredContent,
  text: JSON.stringify(structuredContent),
});

export interface FakeCall {
  name: string;
  args: Record<string, unknown>;
}

/**
 * The MCP server as the chat test set assumes it: two portfolios, every call succeeds, runs get
 * ids run-1, run-2, … and a created scenario the id scenario-1. Records every call.
 */
export function fakeTools(options: { portfolios?: { id: string; name: string }[] } = {}) {
  const calls: FakeCall[] = [];
  let runs = 0;
  let scenarios = 0;
  const portfolios = options.portfolios ?? PORTFOLIOS;
  const callTool: CallTool = async (name, args, { onProgress }) => {
    calls.push({ name, args });
    switch (name) {
      case 'list_portfolios':
        return ok({ portfolios });
      case 'get_quotes':
        return ok({
          quotes: (args.symbols as string[]).map((symbol) => ({ symbol, price: '71000' })),
        });
      case 'create_scenario':
        scenarios += 1;
        return ok({ id: `scenario-${scenarios}`, shocks: args.shocks });
      case 'run_stress_test':
      case 'run_monte_carlo':
      case 'run_backtest':
      case 'optimize_portfolio':
        runs += 1;
        onProgress?.({ progress: 1, total: 2, message: 'half way' });
        return ok({ runId: `run-${runs}`, status: 'SUCCEEDED', result: {} });
      default:
        return ok({});
    }
  };
  return { callTool, calls };
}
