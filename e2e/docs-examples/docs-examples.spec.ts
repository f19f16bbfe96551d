import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Supergraph } from '@apollo/federation-internals';
import { generate } from '@graphql-codegen/cli';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema, type GraphQLSchema } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSupergraph } from '@capstone/gateway';
import { quoteTopic } from '@capstone/market-data';
import { repoRoot } from '@capstone/platform';
import {
  insertKospiBars,
  insertKrxBars,
  readKrxBars,
  usePlatform,
  type SignedInUser,
} from '@capstone/test-platform';
import {
  DOCS_DIR,
  embedExamples,
  markdownFiles,
  quotedExamples,
  unquotedSamples,
} from './doc-examples.js';

const EXAMPLES = join(DOCS_DIR, 'examples');
const runFile = promisify(execFile);

const platform = usePlatform({
  services: [
    'accounts',
    'portfolio',
    'scenario',
    'market-data',
    'ai',
    'gateway',
    'simulation-worker',
  ],
  seed: true,
});
let partner: SignedInUser;
let key: string;
let redis: Redis;
let apiSchema: GraphQLSchema;
beforeAll(async () => {
  // Samsung Electronics for the quick-start; for the REST walkthrough's stress test, every Growth
  // holding and the KOSPI over the years the engine estimates betas from.
  const growth = ['005930', '000660', '035420', '207940', '035720', '006400', '247540'];
  await insertKrxBars(platform.config, growth, '2015-01-01', '2022-09-30');
  await insertKospiBars(platform.config, '2015-01-01', '2022-09-30');
  partner = await platform.signUp('partner');
  redis = new Redis(platform.config.REDIS_URL);
  apiSchema = Supergraph.build(readSupergraph()).apiSchema().toGraphQLJSSchema();
});
afterAll(() => redis?.disconnect());

/** How a reader runs an example: bash for scripts, Node (with tsx for TypeScript) otherwise. */
const command = (file: string): [string, string[]] =>
  file.endsWith('.sh') ? ['bash', [file]] : [process.execPath, ['--import', 'tsx', file]];

const environment = (env: Record<string, string>) => ({
  ...process.env,
  GRAPHQL_URL: platform.graphqlUrl,
  KEY: key,
  ...env,
});

/** Runs an example to its end; its standard output. */
async function run(file: string, env: Record<string, string> = {}): Promise<string> {
  const [program, args] = command(file);
  const { stdout, stderr } = await runFile(program, args, { env: environment(env) });
  expect(stderr).toBe('');
  return stdout;
}

/** Runs an example that streams until stopped, publishing quotes until it prints `until`. */
async function runStreaming(file: string, until: RegExp): Promise<{ out: string; err: string }> {
  const [program, args] = command(file);
  const child = spawn(program, args, { env: environment({}) });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const deadline = Date.now() + 20_000;
    while (!until.test(out)) {
      if (Date.now() > deadline) throw new Error(`${file} printed no event:\n${out}\n${err}`);
      if (child.exitCode !== null) throw new Error(`${file} exited:\n${out}\n${err}`);
      // The subscription may still be starting upstream; a quote published then is not seen.
      await redis.publish(
        quoteTopic(platform.config, '005930'),
        JSON.stringify({
          symbol: '005930',
          price: '56500',
          change: '0',
          changeRate: '0',
          volume: '1000',
          tradedAt: new Date().toISOString(),
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    child.kill();
    await exited;
  }
  return { out, err };
}

describe('the partner quick-start, followed as a new partner would', () => {
  it('gets an API key with the partner account', async () => {
    key = (
      await run(join(EXAMPLES, 'get-api-key.sh'), {
        EMAIL: partner.email,
        PASSWORD: partner.password,
      })
    ).trim();
    expect(key).toMatch(/^ck_[0-9a-f]{12}_[\w-]{43}$/);
  });

  it('runs one query with curl', async () => {
    const answer = JSON.parse(await run(join(EXAMPLES, 'one-query.sh')));
    expect(answer).toEqual({ data: { portfolios: [] } });
  });

  it('subscribes over graphql-ws, and every event has its forecast without an error', async () => {
    const { out, err } = await runStreaming(
      join(EXAMPLES, 'subscribe-graphql-ws.ts'),
      /"price":"56500"/,
    );
    expect(err).toBe('');
    expect(JSON.parse(out.split('\n')[0]!)).toMatchObject({
      symbol: '005930',
      price: '56500',
      instrument: { nameKo: '삼성전자', forecast: null },
    });
  });

  it('subscribes over Server-Sent Events with curl', async () => {
    const { out, err } = await runStreaming(join(EXAMPLES, 'subscribe-sse.sh'), /"price":"56500"/);
    expect(err).toBe('');
    const data = out.split('\n').find((line) => line.startsWith('data: {'))!;
    expect(JSON.parse(data.slice(6))).toMatchObject({
      data: { quoteUpdated: { symbol: '005930', price: '56500' } },
    });
  });

  it.each(['urql.ts', 'apollo-client.ts'])(
    'queries with %s and its defaults (urql sends GET, Apollo Client POST)',
    async (file) => {
      expect(JSON.parse(await run(join(EXAMPLES, file)))).toMatchObject({
        instrument: { symbol: '005930', nameKo: '삼성전자' },
      });
    },
  );
});

describe('the REST walkthrough (docs/api/rest.md), followed with curl and jq', () => {
  it('logs in as the demo user, stress-tests Growth, follows the run to its end and reads the result', async () => {
    const [program, args] = command(join(EXAMPLES, 'rest-stress-test.sh'));
    const { stdout, stderr } = await runFile(program, args, {
      env: environment({ API_URL: new URL('/api/v1', platform.graphqlUrl).href }),
    }).catch((error: { message: string; stdout: string }) => {
      throw new Error(`${error.message}\n${error.stdout}`);
    });
    // The progress stream, which the script shows on standard error, ends with `end`.
    expect(stderr).toMatch(/event: progress\n/);
    expect(stderr).toMatch(/event: end\n/);
    const run = JSON.parse(stdout) as { status: string; kind: string; result: unknown };
    expect(run, stdout).toMatchObject({ status: 'SUCCEEDED', kind: 'STRESS_TEST' });
    expect(run.result).toBeTruthy();
  });
});

describe('code generation', () => {
  let project: string;
  beforeAll(() => {
    // Inside the repository, so that the generated code resolves the packages it imports.
    mkdirSync(join(repoRoot, 'node_modules', '.cache'), { recursive: true });
    project = mkdtempSync(join(repoRoot, 'node_modules', '.cache', 'codegen-'));
    mkdirSync(join(project, 'src'));
    for (const file of readdirSync(EXAMPLES).filter((name) => name.endsWith('.ts'))) {
      writeFileSync(join(project, 'src', file), readFileSync(join(EXAMPLES, file)));
    }
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('types Date, DateTime and Decimal as strings with the guide codegen.ts, and the typed query compiles and runs', async () => {
    const { default: config } = (await import(
      pathToFileURL(join(EXAMPLES, 'codegen.ts')).href
    )) as { default: CodegenConfig };
    // The API schema partners see, from the committed supergraph, instead of the live gateway.
    const schemaFile = join(project, 'schema.graphql');
    writeFileSync(schemaFile, printSchema(apiSchema));
    const output = config.generates['src/gql/'];
    expect(output).toBeDefined();
    await generate(
      {
        ...config,
        schema: schemaFile,
        documents: [join(project, 'src/typed-query.ts')],
        generates: { [join(project, 'src/gql/')]: output! },
        silent: true,
      },
      true,
    );
    const types = readFileSync(join(project, 'src/gql/graphql.ts'), 'utf8');
    // Without the scalar mapping these would be `unknown` (and a typed client useless).
    expect(types).toMatch(/lastClose: \{ date: string, close: string \}/);

    // Every TypeScript example compiles, the typed query with the generated code.
    writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
        },
        include: ['src'],
      }),
    );
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    await expect(
      runFile(process.execPath, [tsc, '-p', project]).catch((error: { stdout: string }) => {
        throw new Error(error.stdout);
      }),
    ).resolves.toBeDefined();

    const answer = JSON.parse(await run(join(project, 'src/typed-query.ts')));
    const last = readKrxBars('005930', '2022-09-01', '2022-09-30').at(-1)!;
    expect(answer).toEqual({ nameKo: '삼성전자', date: last.date, close: last.close });
    // Code generation, a whole tsc run and a process: about 10 s idle, several times that busy.
  }, 120_000);
});

describe('the docs', () => {
  it('quote every example exactly as the file has it (npm run docs:examples rewrites them)', () => {
    for (const path of markdownFiles()) {
      const markdown = readFileSync(join(DOCS_DIR, path), 'utf8');
      expect(embedExamples(markdown, path), `docs/${path}`).toBe(markdown);
    }
  });

  it('have no runnable sample that is not an example file', () => {
    // The operators' runbook drives Docker and Kubernetes, which no test machine has; the
    // scripts it calls are shellchecked and run by deploy/__tests__ instead.
    const runbooks = new Set(['operations.md']);
    for (const path of markdownFiles().filter((file) => !runbooks.has(file))) {
      const markdown = readFileSync(join(DOCS_DIR, path), 'utf8');
      expect(unquotedSamples(markdown), `docs/${path}`).toEqual([]);
    }
  });

  it('quote every example file, and this spec runs each one', () => {
    const quoted = markdownFiles().flatMap((path) =>
      quotedExamples(readFileSync(join(DOCS_DIR, path), 'utf8'), path),
    );
    const files = readdirSync(EXAMPLES).map((file) => `examples/${file}`);
    expect(new Set(quoted)).toEqual(new Set(files));
    // The examples the tests above run (codegen.ts and typed-query.ts by code generation).
    expect(files.sort()).toEqual(
      [
        'apollo-client.ts',
        'codegen.ts',
        'get-api-key.sh',
        'one-query.sh',
        'rest-stress-test.sh',
        'subscribe-graphql-ws.ts',
        'subscribe-sse.sh',
        'typed-query.ts',
        'urql.ts',
      ].map((file) => `examples/${file}`),
    );
  });

  it('promise in the scope table only fields the API has', () => {
    const guide = readFileSync(join(DOCS_DIR, 'partner-quick-start.md'), 'utf8');
    const rows = guide.split('\n').filter((line) => /^\| `[a-z]+:[a-z]+`/.test(line));
    expect(rows).toHaveLength(5);
    const roots = [
      apiSchema.getQueryType(),
      apiSchema.getMutationType(),
      apiSchema.getSubscriptionType(),
    ];
    const exists = (name: string) => {
      const [type, field] = name.includes('.') ? name.split('.') : [undefined, name];
      if (type) {
        const named = apiSchema.getType(type) as { getFields?: () => Record<string, unknown> };
        return Boolean(named?.getFields?.()[field!]);
      }
      return roots.some((root) => Boolean(root?.getFields()[field!]));
    };
    const named = rows.flatMap((row) =>
      [...row.split('|')[2]!.matchAll(/`([\w.]+)`/g)].map(([, name]) => name!),
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((name) => !exists(name))).toEqual([]);
  });
});
