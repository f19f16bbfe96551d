import fc from 'fast-check';
import { readSupergraph } from '@capstone/gateway';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import { problemsOf } from './fuzz/answers.js';
import { apiSchema, operationFor, rootFields, type KnownValues } from './fuzz/operations.js';
import { postRaw } from './support.js';

/**
 * Attack: malformed, oversized and out-of-range input to every root field (huge, negative,
 * empty and malformed strings, wrong enums, wrong types, deep nesting), to make a service fail
 * with a 500, answer outside its schema, or show a stack trace. A schema-driven fuzzer built on
 * fast-check sends each generated operation as the demo user and anonymously.
 *
 * Trusted documents are off here (NODE_ENV=test, as in development): in production a signed-in
 * caller may send only the catalogue's documents, so the fuzzer could not reach most fields.
 * `npm test` runs FUZZ_EXAMPLES (default 5) examples per field with a fixed seed;
 * `npm run fuzz:schema` runs more (FUZZ_EXAMPLES=100; FUZZ_SEED to vary the seed).
 */
const EXAMPLES = Number(process.env.FUZZ_EXAMPLES ?? 5);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);

const platform = usePlatform({
  services: ['accounts', 'portfolio', 'market-data', 'scenario', 'ai', 'gateway'],
  seed: true,
  env: {
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    MAX_QUERY_COST: '1000000',
    MAX_QUERY_TOKENS: '20000',
    SIMULATION_MAX_ACTIVE_PER_USER: '1000',
  },
});

const schema = apiSchema(readSupergraph());
const fields = rootFields(schema);
const known: KnownValues = { ids: [], strings: ['005930', '000660', '035720', 'KOSPI'] };
const figures = { operations: 0, executed: 0, examples: 0, failures: 0 };
// One session for the whole run: fuzzing logIn soon exhausts this address's log-in allowance.
let demo: SignedInUser;

beforeAll(async () => {
  demo = await platform.demo();
  const answer = await demo.ask<{
    portfolios: { id: string }[];
    scenarioTemplates: { id: string }[];
  }>('{ portfolios { id } scenarioTemplates { id } }');
  known.ids.push(
    ...(answer.data?.portfolios ?? []).map((portfolio) => portfolio.id),
    ...(answer.data?.scenarioTemplates ?? []).map((template) => template.id),
  );
});

afterAll(() => {
  console.info(
    `schema fuzzer: ${fields.length} root fields, ${figures.examples} examples, ` +
      `${figures.operations} operations sent (${figures.executed} executed past validation), ${figures.failures} failures (seed ${SEED}, ${EXAMPLES} per field)`,
  );
});

describe('the schema-driven fuzzer finds no 500, no answer outside the schema, no stack trace', () => {
  it.each(fields.map((root) => [`${root.operation} ${root.field.name}`, root] as const))(
    '%s',
    { timeout: 300_000 },
    async (_name, root) => {
      const { query, variables } = operationFor(root, known);
      await fc.assert(
        fc.asyncProperty(variables, async (values) => {
          figures.examples++;
          for (const [who, headers] of [
            ['demo', { authorization: `Bearer ${demo.accessToken}` }],
            ['anonymous', {}],
          ] as const) {
            figures.operations++;
            const answer = await postRaw(
              platform.graphqlUrl,
              { query, variables: values },
              headers,
            );
            // Past the gateway's validation: the services ran it (and answered data or errors).
            if (answer.body?.data !== undefined) figures.executed++;
            const problems = problemsOf(schema, query, answer);
            if (problems.length > 0) {
              figures.failures++;
              throw new Error(
                `${who}: ${problems.join('; ')}\nvariables: ${JSON.stringify(values).slice(0, 500)}`,
              );
            }
          }
        }),
        { seed: SEED, numRuns: EXAMPLES, endOnFailure: true },
      );
    },
  );
});
