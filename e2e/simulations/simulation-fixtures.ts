import { expect } from 'vitest';
import type { Caller, PlatformFixture } from '@capstone/test-platform';
import { insertKospiBars, insertKrxBars } from '@capstone/test-platform';

/** The demo portfolios' stocks and the KOSPI, from the shared real data (2015 … 2022-09-19). */
export const GROWTH = ['005930', '000660', '035420', '035720', '207940', '006400', '247540'];
export const DIVIDEND = ['105560', '086790', '033780', '036460', '004370', '000080'];

export async function insertDemoHistory(platform: PlatformFixture): Promise<void> {
  await insertKrxBars(platform.config, [...GROWTH, ...DIVIDEND], '2015-01-01', '2022-09-19');
  await insertKospiBars(platform.config, '2015-01-01', '2022-09-19');
}

export async function portfolioId(caller: Caller, name: string): Promise<string> {
  const answer = await caller.ask<{ portfolios: { id: string; name: string }[] }>(
    '{ portfolios { id name } }',
  );
  const portfolio = answer.data?.portfolios.find((p) => p.name === name);
  if (!portfolio) throw new Error(`no portfolio ${name}: ${JSON.stringify(answer)}`);
  return portfolio.id;
}

export const RUN_FIELDS =
  'id kind status inputHash seed engineVersion dataFrom asOf attempts progress stage message error { code field messageKo messageEn } queuedAt startedAt finishedAt';

export interface RunView {
  id: string;
  kind: string;
  status: string;
  inputHash: string;
  seed: number;
  engineVersion: string;
  dataFrom: string;
  asOf: string;
  attempts: number;
  progress: number;
  stage: string;
  message: string | null;
  error: { code: string; field: string | null; messageKo: string; messageEn: string } | null;
  finishedAt: string | null;
}

/** Sends a run mutation and returns the run it queued (failing the test on errors). */
export async function queue(
  caller: Caller,
  mutation: 'runStressTest' | 'runMonteCarlo' | 'runBacktest' | 'optimizePortfolio',
  inputType: string,
  input: Record<string, unknown>,
): Promise<RunView> {
  const answer = await caller.ask<Record<string, RunView>>(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RUN_FIELDS} } }`,
    { input },
  );
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data![mutation]!;
}

/** Follows a run over the gateway's graphql-ws until its last event; returns every event. */
export async function followRun(caller: Caller, runId: string) {
  const subscription = caller.subscribe<{
    simulationProgress: { status: string; fraction: number; stage: string; message: string | null };
  }>(
    'subscription($id: ID!) { simulationProgress(runId: $id) { status fraction stage message } }',
    { id: runId },
  );
  const events: { status: string; fraction: number; stage: string }[] = [];
  try {
    for (;;) {
      const event = await subscription.next();
      expect(event.errors, JSON.stringify(event.errors)).toBeUndefined();
      events.push(event.data!.simulationProgress);
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(event.data!.simulationProgress.status))
        return events;
    }
  } finally {
    await subscription.close();
  }
}

/** Waits for a run's last event, then reads the run with `selection`. */
export async function finished<Data>(caller: Caller, runId: string, selection: string) {
  await followRun(caller, runId);
  const answer = await caller.ask<{ simulation: RunView & Data }>(
    `query($id: ID!) { simulation(id: $id) { ${RUN_FIELDS} ${selection} } }`,
    { id: runId },
  );
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.simulation;
}
