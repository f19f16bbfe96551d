import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql, signUp, startPlatform, type TestPlatform } from '@capstone/test-platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform({ seed: true, env: { SUPERGRAPH_SOURCE: 'subgraphs' } });
});
afterAll(() => platform?.stop());

it('composes the supergraph from the running subgraphs, as in development', async () => {
  const user = await signUp(platform.graphqlUrl, 'live');
  const response = await graphql<{ me: { email: string }; scenarioTemplates: unknown[] }>(
    platform.graphqlUrl,
    '{ me { email } scenarioTemplates { id } instrument(symbol: "005930") { nameKo } }',
    {},
    user.headers,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.me.email).toBe(user.email);
  expect(response.data?.scenarioTemplates.length).toBeGreaterThan(0);
});
