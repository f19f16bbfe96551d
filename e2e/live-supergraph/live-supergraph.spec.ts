import { expect, it } from 'vitest';
import { usePlatform } from '@capstone/test-platform';

const platform = usePlatform({ seed: true, env: { SUPERGRAPH_SOURCE: 'subgraphs' } });

it('composes the supergraph from the running subgraphs, as in development', async () => {
  const user = await platform.signUp('live');
  const response = await user.ask<{ me: { email: string }; scenarioTemplates: unknown[] }>(
    '{ me { email } scenarioTemplates { id } instrument(symbol: "005930") { nameKo } }',
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.me.email).toBe(user.email);
  expect(response.data?.scenarioTemplates.length).toBeGreaterThan(0);
});
