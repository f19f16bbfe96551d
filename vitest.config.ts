import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources, so tests never run a stale build.
  resolve: {
    conditions: ['capstone-source'],
    // graphql 16 ships CJS and ESM copies; Node (and so @apollo/gateway) loads the CJS one.
    // Vite would pick the ESM one for our code, and two copies break `instanceof GraphQLError`.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  ssr: { resolve: { conditions: ['capstone-source'] } },
  test: {
    pool: 'forks',
    // Two cores: more parallel files only queue up behind MariaDB.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll waits for the real stack (a refetch after a mutation, a tick through Redis):
    // its default of 1 s fails on a loaded machine though the answer comes.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', './scripts/lib/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'platform',
          include: ['**/__tests__/**/*.spec.ts', 'e2e/**/*.spec.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', 'web/**'],
          environment: 'node',
        },
      },
      // The dashboard's component tests (jsdom) and its web server's tests.
      'web/vitest.config.ts',
    ],
  },
});
