import { beforeAll, describe, expect, it } from 'vitest';
import { insertKrxBars, usePlatform, type SubscriptionEvent } from '@capstone/test-platform';
import {
  CALLERS,
  REDIRECT_URI,
  Scene,
  UNLIMITED_RATES,
  rowTitle,
  type MatrixRow,
  type Outcome,
  type RowContext,
} from './matrix.js';
import { ROWS } from './rows/index.js';

/**
 * Every operation, sent as each kind of caller. Only the allowed callers may succeed; the
 * others must get UNAUTHENTICATED or FORBIDDEN. A resolver that forgets its check fails here,
 * and an operation without a row fails matrix-is-complete.spec.ts.
 */
const platform = usePlatform({
  seed: true,
  oidc: { redirectUris: [REDIRECT_URI] },
  env: UNLIMITED_RATES,
});
let shared: Scene;
beforeAll(async () => {
  await insertKrxBars(platform.config, ['005930'], '2022-09-01', '2022-09-19');
  shared = new Scene(platform);
});

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/** What a row's operation answers `caller`: the response, or a subscription's first event. */
async function send(
  matrixRow: MatrixRow,
  context: RowContext,
): Promise<Pick<SubscriptionEvent, 'data' | 'errors'>> {
  const caller = await context.scene.caller(context.caller);
  const variables = (await matrixRow.variables?.(context)) ?? {};
  if (!matrixRow.field.startsWith('Subscription.'))
    return caller.ask(matrixRow.operation, variables);
  const subscription = caller.subscribe(matrixRow.operation, variables, matrixRow.transport);
  try {
    // A refusal comes at once; an allowed subscriber gets the first quote published.
    return await subscription.first(() =>
      matrixRow.meanwhile
        ? matrixRow.meanwhile(context)
        : platform.quotes.publish({ symbol: '005930' }),
    );
  } finally {
    await subscription.close();
  }
}

function expectOutcome(
  answer: Pick<SubscriptionEvent, 'data' | 'errors'>,
  outcome: Outcome,
  caller: string,
) {
  if (outcome === 'hidden') {
    expect(answer.errors, `${caller} should get no error`).toBeUndefined();
    expect(Object.values(answer.data ?? {}), `${caller} should see nothing`).toEqual([null]);
    return;
  }
  if (outcome === 'ok') {
    expect(answer.errors, `${caller} should be allowed`).toBeUndefined();
    expect(answer.data, `${caller} should get data`).toBeTruthy();
    return;
  }
  expect(answer.errors?.length, `${caller} should be refused`).toBeGreaterThan(0);
  const codes = answer.errors!.map((error) => error.extensions?.code);
  expect(codes[0], JSON.stringify(answer.errors)).toBe(outcome);
  expect(codes.filter((code) => !REFUSALS.has(String(code)))).toEqual([]);
}

describe.each(ROWS.map((matrixRow) => [rowTitle(matrixRow), matrixRow] as const))(
  '%s',
  (_title, matrixRow) => {
    it.each(CALLERS)('as %s', async (caller) => {
      const scene = matrixRow.freshScene ? new Scene(platform) : shared;
      const answer = await send(matrixRow, { scene, caller, platform });
      expectOutcome(answer, matrixRow.outcomes[caller], caller);
    });
  },
);

describe('what a refused caller learns', () => {
  it('is nothing of the portfolio', async () => {
    const other = await shared.other();
    const response = await other.ask(
      'query($id: ID!) { portfolio(id: $id) { id name cash holdings { symbol } } }',
      { id: await shared.portfolioId() },
    );
    expect(response.data?.portfolio ?? null).toBeNull();
    expect(JSON.stringify(response)).not.toContain('fixture-');
  });
});
