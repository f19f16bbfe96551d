import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@capstone/config';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import { openApi, type OpenApiDocument } from './rest-fixtures.js';

/**
 * Requests made by openapi-fuzzer-core (npm) from the OpenAPI document, sent to every route as
 * the demo user: wrong types, missing required properties, unknown paths and methods. None may
 * answer 500. The library generates a fixed list; a seeded shuffle picks a bounded number per
 * route, so every run sends the same requests.
 */
const { swagger: fuzz } = createRequire(import.meta.url)('openapi-fuzzer-core') as {
  swagger: (document: unknown) => FuzzSpec[];
};

interface FuzzSpec {
  name: string;
  request: {
    method: string;
    path: string;
    pathParams?: Record<string, unknown>;
    queryParams?: Record<string, unknown>;
    body?: unknown;
  };
  expect: { status: number[] };
}

const SEED = 20_261_203;
const PER_ROUTE = 25;

const platform = usePlatform({
  seed: true,
  services: [...SUBGRAPHS, 'gateway'],
  env: { RATE_LIMIT_USER_PER_MINUTE: '1000000', SIMULATION_WORKER_MODE: 'in-process' },
});
let demo: SignedInUser;
let growth: string;

beforeAll(async () => {
  demo = await platform.demo();
  const answer = await demo.ask<{ portfolios: { id: string; name: string }[] }>(
    '{ portfolios { id name } }',
  );
  growth = answer.data!.portfolios.find((portfolio) => portfolio.name === 'Growth')!.id;
}, 600_000);

/**
 * The library reads Swagger 2.0 (parameters with their type inline, a body parameter whose
 * schema is a `#/definitions/` reference); this is the same document in that shape, with the
 * demo data's ids as the examples it fills valid values from.
 */
function asSwagger2(document: OpenApiDocument): unknown {
  const definitions: Record<string, unknown> = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, operations] of Object.entries(document.paths)) {
    paths[path] = {};
    for (const [method, operation] of Object.entries(operations)) {
      const parameters: unknown[] = (operation.parameters ?? [])
        .filter((parameter) => parameter.in !== 'header')
        .map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: parameter.required,
          ...parameter.schema,
          example:
            parameter.name === 'portfolioId'
              ? growth
              : (parameter.schema.examples as unknown[] | undefined)?.[0],
        }));
      const body = operation.requestBody?.content['application/json']?.schema;
      if (body) {
        definitions[operation.operationId] = body;
        parameters.push({
          name: 'body',
          in: 'body',
          schema: { $ref: `#/definitions/${operation.operationId}` },
        });
      }
      paths[path][method] = { ...operation, parameters };
    }
  }
  return { swagger: '2.0', basePath: '', paths, definitions };
}

/** mulberry32: a small seeded generator, so the picked requests are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function picked(specs: FuzzSpec[]): FuzzSpec[] {
  const random = seeded(SEED);
  const byRoute = new Map<string, FuzzSpec[]>();
  for (const spec of specs) {
    const key = `${spec.request.method} ${spec.request.path}`;
    byRoute.set(key, [...(byRoute.get(key) ?? []), spec]);
  }
  return [...byRoute.values()].flatMap((group) => {
    const shuffled = [...group];
    for (let index = shuffled.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
    }
    return shuffled.slice(0, PER_ROUTE);
  });
}

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

describe('fuzzing the REST API from its OpenAPI document', () => {
  it('finds no 500 on any route, and answers unknown paths 404 and methods 405', async () => {
    const document = openApi();
    const specs = picked(fuzz(asSwagger2(document)));
    const routes = new Set(specs.map((spec) => `${spec.request.method} ${spec.request.path}`));
    expect(routes.size).toBeGreaterThan(Object.keys(document.paths).length);
    const failures: string[] = [];
    for (const spec of specs) {
      const { method, pathParams = {}, queryParams = {}, body } = spec.request;
      const path = spec.request.path.replace(/\{(\w+)\}/g, (_all, name: string) =>
        encodeURIComponent(text(pathParams[name] ?? 'x')),
      );
      const url = new URL(`${platform.urls.gateway}${path}`);
      for (const [name, value] of Object.entries(queryParams))
        url.searchParams.set(name, text(value));
      const response = await fetch(url, {
        method: method.toUpperCase(),
        headers: { ...demo.headers, 'content-type': 'application/json' },
        body: body === undefined || method === 'get' ? undefined : JSON.stringify(body),
      });
      const answer = await response.text();
      // Signing out everywhere ends the demo user's session too: sign in again for the rest.
      if (response.ok && method === 'delete' && url.pathname === '/api/v1/me/sessions') {
        demo = await platform.demo();
      }
      const expected =
        spec.name === 'PATH' || spec.name === 'METHOD' ? spec.expect.status : undefined;
      if (response.status >= 500 || (expected && !expected.includes(response.status))) {
        failures.push(
          `${spec.name} ${method.toUpperCase()} ${url.pathname}${url.search} ${JSON.stringify(body)} → ${response.status} ${answer.slice(0, 200)}`,
        );
      }
    }
    expect(failures).toEqual([]);
    console.info(
      `openapi-fuzzer-core: ${specs.length} requests over ${routes.size} routes, seed ${SEED}`,
    );
  }, 600_000);
});
