import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  CallToolResultSchema,
  CreateTaskResultSchema,
  type CallToolResult,
  type Progress,
} from '@modelcontextprotocol/sdk/types.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@capstone/config';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import { insertDemoHistory } from '../simulations/simulation-fixtures.js';
import { connectAgent } from './mcp-platform.js';

/**
 * What an agent can do through MCP alone, on real prices: find the demo user's portfolios, run a
 * Monte Carlo simulation receiving progress, read the result, cancel a second run. And the chat
 * at /api/chat, which reaches the same tools as an MCP client of the same server.
 */
const platform = usePlatform({
  seed: true,
  services: [...SUBGRAPHS, 'gateway', 'mcp-server'],
  env: { SIMULATION_WORKER_MODE: 'in-process' },
});
let demo: SignedInUser;
let agent: Client;
let growth: string;

beforeAll(async () => {
  await insertDemoHistory(platform);
  demo = await platform.demo();
  agent = await connectAgent(platform.urls['mcp-server']!, demo.headers);
  const listed = (await agent.callTool({
    name: 'list_portfolios',
    arguments: {},
  })) as CallToolResult;
  expect(listed.isError, JSON.stringify(listed.content)).toBeFalsy();
  const { portfolios } = listed.structuredContent as { portfolios: { id: string; name: string }[] };
  growth = portfolios.find((portfolio) => portfolio.name === 'Growth')!.id;
});

type Run = {
  id: string;
  status: string;
  result: { paths: number; terminalReturn: { valueAtRisk: { confidence: number }[] } } | null;
};

/** The run's status through get_simulation, read until it is `wanted` (for up to 30 s). */
async function runStatusEventually(runId: string, wanted: string): Promise<string> {
  let status = '';
  for (let attempt = 0; attempt < 60 && status !== wanted; attempt += 1) {
    const read = (await agent.callTool({
      name: 'get_simulation',
      arguments: { runId },
    })) as CallToolResult;
    status = (read.structuredContent as { simulation: Run }).simulation.status;
    if (status !== wanted) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return status;
}

describe('an agent, through MCP alone', () => {
  it('runs a Monte Carlo simulation, receiving progress, and reads the result', async () => {
    const progress: Progress[] = [];
    const result = (await agent.callTool(
      {
        name: 'run_monte_carlo',
        arguments: {
          portfolioId: growth,
          paths: 2_000,
          horizonDays: 60,
          confidences: [0.95, 0.99],
          seed: 7,
        },
      },
      undefined,
      {
        onprogress: (event) => progress.push(event),
        resetTimeoutOnProgress: true,
        timeout: 120_000,
      },
    )) as CallToolResult;
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const run = (result.structuredContent as { simulation: Run }).simulation;
    expect(run.status).toBe('SUCCEEDED');
    expect(run.result!.paths).toBe(2_000);
    expect(run.result!.terminalReturn.valueAtRisk.map((tail) => tail.confidence)).toEqual([
      0.95, 0.99,
    ]);
    expect(progress[0]!.message).toBe(`queued: run ${run.id}`);
    expect(progress.at(-1)!.progress).toBe(1);
    expect(progress.map((event) => event.progress)).toEqual(
      [...progress.map((event) => event.progress)].sort((a, b) => a - b),
    );
    // VaR and CVaR in the summary; money in 만/억 won.
    expect((result.content[0] as { text: string }).text).toMatch(/VaR .*CVaR/);

    const read = (await agent.callTool({
      name: 'get_simulation',
      arguments: { runId: run.id },
    })) as CallToolResult;
    expect((read.structuredContent as { simulation: Run }).simulation).toMatchObject({
      id: run.id,
      status: 'SUCCEEDED',
    });
  });

  it("reads a portfolio's AI risk score, with its level and each factor's points", async () => {
    const result = (await agent.callTool({
      name: 'get_risk_score',
      arguments: { portfolioId: growth },
    })) as CallToolResult;
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const { riskScore } = (
      result.structuredContent as {
        portfolio: { riskScore: { score: number; level: string; contributions: unknown[] } };
      }
    ).portfolio;
    expect(riskScore.score).toBeGreaterThanOrEqual(0);
    expect(riskScore.score).toBeLessThanOrEqual(100);
    expect(['LOW', 'MODERATE', 'HIGH', 'VERY_HIGH']).toContain(riskScore.level);
    expect(riskScore.contributions.length).toBeGreaterThan(0);
    expect((result.content[0] as { text: string }).text).toContain(`위험 점수 ${riskScore.score}`);
  });

  it('offers a run as a task, answered through tasks/result', async () => {
    const { tools } = await agent.listTools();
    expect(tools.find((tool) => tool.name === 'run_monte_carlo')!.execution).toEqual({
      taskSupport: 'optional',
    });
    const kinds: string[] = [];
    let final: CallToolResult | undefined;
    for await (const message of agent.experimental.tasks.callToolStream(
      {
        name: 'run_monte_carlo',
        arguments: { portfolioId: growth, paths: 1_000, horizonDays: 20 },
      },
      CallToolResultSchema,
      { task: { ttl: 60_000 }, timeout: 120_000 },
    )) {
      kinds.push(message.type);
      if (message.type === 'result') final = message.result as CallToolResult;
    }
    expect(kinds[0]).toBe('taskCreated');
    expect(kinds.at(-1)).toBe('result');
    expect((final!.structuredContent as { simulation: Run }).simulation.status).toBe('SUCCEEDED');
  });

  it('cancels the run when its task is cancelled', async () => {
    const { task } = (await agent.request(
      {
        method: 'tools/call',
        params: {
          name: 'run_monte_carlo',
          arguments: { portfolioId: growth, paths: 100_000, horizonDays: 60, seed: 13 },
          task: { ttl: 60_000 },
        },
      },
      CreateTaskResultSchema,
    )) as { task: { taskId: string } };
    let runId: string | undefined;
    for (let attempt = 0; attempt < 50 && !runId; attempt += 1) {
      const current = await agent.experimental.tasks.getTask(task.taskId);
      runId = /run (\S+)/.exec(current.statusMessage ?? '')?.[1];
      if (!runId) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Whichever step the status showed, it named the run.
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    await agent.experimental.tasks.cancelTask(task.taskId);
    expect(await runStatusEventually(runId!, 'CANCELLED')).toBe('CANCELLED');
  });

  it('cancels a second run by cancelling the tool call', async () => {
    const cancel = new AbortController();
    let runId: string | undefined;
    const call = agent.callTool(
      {
        name: 'run_monte_carlo',
        arguments: { portfolioId: growth, paths: 100_000, horizonDays: 60, seed: 11 },
      },
      undefined,
      {
        signal: cancel.signal,
        onprogress: (event) => {
          runId ??= /run (\S+)/.exec(event.message ?? '')?.[1];
          cancel.abort('changed my mind');
        },
      },
    );
    await expect(call).rejects.toThrow();
    expect(runId).toBeDefined();
    expect(await runStatusEventually(runId!, 'CANCELLED')).toBe('CANCELLED');
  });
});

describe('the chat at /api/chat', () => {
  const chat = (body: unknown, accept = 'application/json', headers = demo.headers) =>
    fetch(`${platform.urls['mcp-server']}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, ...headers },
      body: JSON.stringify(body),
    });

  it('applies the 2008 crisis to Growth when asked in Korean, and answers in Korean', async () => {
    const response = await chat({
      message: 'Growth 포트폴리오에 2008년 금융위기 시나리오 적용해줘',
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as {
      conversationId: string;
      reply: string;
      toolCalls: { name: string; arguments: Record<string, unknown>; ok: boolean }[];
    };
    expect(answer.toolCalls).toContainEqual({
      name: 'run_stress_test',
      arguments: { portfolioId: growth, templateId: 'gfc-2008' },
      ok: true,
    });
    expect(answer.reply).toMatch(/스트레스 테스트 결과입니다/);
    expect(answer.reply).toMatch(/손익 -[\d,억만 ]+원/);
    expect(answer.conversationId).toBeTruthy();
  });

  it('applies the COVID scenario to Dividend when asked in English, streaming its steps', async () => {
    const response = await chat(
      { message: 'Apply the COVID scenario to Dividend' },
      'text/event-stream',
    );
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = (await response.text())
      .split('\n\n')
      .filter(Boolean)
      .map(
        (block) =>
          JSON.parse(/^data: (.*)$/m.exec(block)![1]!) as { type: string } & Record<
            string,
            unknown
          >,
      );
    const types = events.map((event) => event.type);
    expect(types[0]).toBe('plan');
    expect(types).toContain('tool_call');
    expect(types).toContain('progress');
    const answer = events.at(-1) as {
      type: string;
      reply: string;
      toolCalls: { name: string; ok: boolean }[];
    };
    expect(answer.type).toBe('answer');
    expect(answer.toolCalls).toContainEqual(
      expect.objectContaining({ name: 'run_stress_test', ok: true }),
    );
    expect(answer.reply).toMatch(/P&L -₩[\d,]+/);
  });

  it('knows instruments by name from the market-data directory', async () => {
    const answer = (await (await chat({ message: '삼성전자 주가 알려줘' })).json()) as {
      toolCalls: { name: string; arguments: Record<string, unknown> }[];
    };
    expect(answer.toolCalls[0]).toMatchObject({
      name: 'get_quotes',
      arguments: { symbols: ['005930'] },
    });
  });

  it('shocks a sector named in words (반도체) on every stock KRX files in it', async () => {
    const ask = async (message: string, conversationId?: string) =>
      (await (await chat({ message, ...(conversationId ? { conversationId } : {}) })).json()) as {
        conversationId: string;
        reply: string;
        toolCalls: { name: string; arguments: Record<string, unknown>; ok: boolean }[];
      };
    // No built-in scenario is a 40% fall of chips: the chat proposes one, and runs it once agreed.
    const proposal = await ask('Growth 포트폴리오에 반도체 40% 하락 스트레스 테스트 해줘');
    expect(proposal.toolCalls.map((call) => call.name)).not.toContain('create_scenario');
    const done = await ask('네', proposal.conversationId);
    const created = done.toolCalls.find((call) => call.name === 'create_scenario');
    expect(created).toMatchObject({
      ok: true,
      arguments: { shocks: [{ target: 'SECTOR', sector: '0013', change: -0.4 }] },
    });
    expect(done.toolCalls.at(-1)).toMatchObject({ name: 'run_stress_test', ok: true });

    const latest = await demo.ask<{
      simulations: {
        runs: {
          status: string;
          result: { holdings: { symbol: string; sector: string | null; changePct: number }[] };
        }[];
      };
    }>(
      `{ simulations(first: 1) { runs { status result { ... on StressTestResult {
          holdings { symbol sector changePct } } } } } }`,
    );
    const [run] = latest.data!.simulations.runs;
    expect(run?.status).toBe('SUCCEEDED');
    const holdings = run!.result.holdings;
    const members = holdings.filter((holding) => holding.sector === '0013');
    // Growth holds Samsung Electronics and SK hynix, both 전기·전자 to KRX.
    expect(members.map((holding) => holding.symbol)).toEqual(
      expect.arrayContaining(['005930', '000660']),
    );
    for (const holding of members) expect(holding.changePct).toBeLessThan(0);
    for (const holding of holdings.filter((h) => h.sector !== '0013')) {
      expect(holding.changePct).toBe(0);
    }
  });

  it('answers bad input with 400 naming the field, and no credentials with 401', async () => {
    const empty = await chat({ message: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { field: 'message' } });
    expect((await chat({ text: 'hi' })).status).toBe(400);
    expect((await chat({ message: 'hi' }, 'application/json', {})).status).toBe(401);
  });
});
