import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { TOTP } from 'otpauth';
import { repoRoot } from '@capstone/platform';
import { unusedPort } from '@capstone/test-platform';
import type { paths } from './api-types.js';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const OPENAPI_FILE = join(repoRoot, 'packages/operations/generated/openapi.json');

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, unknown> };
}
export interface OpenApiOperation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}

export const openApi = (): OpenApiDocument =>
  JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as OpenApiDocument;

/**
 * Checks answers against the document's own schemas (JSON Schema 2020-12, as OpenAPI 3.1 has
 * them), with ajv: the schema of the status the route documents for it.
 */
export function responseValidator(document: OpenApiDocument = openApi()) {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  ajv.addSchema({ $id: 'openapi.json', components: document.components });
  const compiled = new Map<string, ValidateFunction>();
  const schemaOf = (path: string, method: string, status: number, type: string) => {
    const responses = document.paths[path]?.[method.toLowerCase()]?.responses;
    let response = responses?.[String(status)];
    if (!response) return { documented: false as const };
    if (response.$ref) {
      const name = response.$ref.split('/').at(-1)!;
      response = document.components.responses[name] as typeof response;
    }
    const media = type.split(';')[0]!.trim();
    const content = response.content?.[media];
    if (!response.content) return { documented: true as const };
    if (!content) return { documented: false as const };
    return { documented: true as const, schema: content.schema };
  };
  return (path: string, method: string, status: number, type: string, body: unknown): string[] => {
    const found = schemaOf(path, method, status, type);
    if (!found.documented) return [`${method} ${path}: ${status} ${type} is not documented`];
    if (!found.schema) return [];
    const key = `${method} ${path} ${status} ${type}`;
    let validate = compiled.get(key);
    if (!validate) {
      const schema = JSON.parse(
        JSON.stringify(found.schema).replaceAll('"#/components/', '"openapi.json#/components/'),
      ) as Record<string, unknown>;
      validate = ajv.compile(schema);
      compiled.set(key, validate);
    }
    return validate(body)
      ? []
      : (validate.errors ?? []).map(
          (error) => `${method} ${path} ${status}: ${error.instancePath} ${error.message}`,
        );
  };
}

/** A typed client of the document that validates every answer; `problems` collects misfits. */
export function typedClient(
  baseUrl: string,
  headers: Record<string, string>,
): {
  client: Client<paths>;
  problems: string[];
  called: Set<string>;
  answers: string[];
} {
  const validate = responseValidator();
  const problems: string[] = [];
  const called = new Set<string>();
  const answers: string[] = [];
  const check: Middleware = {
    async onResponse({ request, response, schemaPath }) {
      called.add(`${request.method} ${schemaPath}`);
      answers.push(`${response.status} ${request.method} ${new URL(request.url).pathname}`);
      const type = response.headers.get('content-type') ?? '';
      if (response.status === 304 || !/json/.test(type)) return undefined;
      const body = (await response.clone().json()) as unknown;
      problems.push(...validate(schemaPath, request.method, response.status, type, body));
      return undefined;
    },
  };
  const client = createClient<paths>({ baseUrl, headers });
  client.use(check);
  return { client, problems, called, answers };
}

/**
 * Stoplight Prism (5.16.0) as a validating proxy. Its @stoplight/prism-http-server declares
 * `engines: node >=24.18`, so npm warns (EBADENGINE) on this Node 20; it installs and runs here
 * all the same, and this suite is what shows it.
 *
 * Stoplight Prism as a validating proxy in front of the gateway: a request or an answer that
 * the document does not allow comes back as Prism's error (`--errors`), not as the gateway's.
 */
export async function startPrism(
  upstream: string,
): Promise<{ url: string; stop: () => void; log: () => string }> {
  const port = await unusedPort();
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(repoRoot, 'node_modules/@stoplight/prism-cli/dist/index.js'),
      'proxy',
      OPENAPI_FILE,
      upstream,
      '--errors',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (output.includes('Prism is listening')) {
      return { url, stop: () => child.kill(), log: () => output };
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`Prism did not start:\n${output}`);
}

/** Reads a run over REST until it has ended (for up to 60 s). */
export async function finishedRun(
  baseUrl: string,
  location: string,
  headers: Record<string, string>,
): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const response = await fetch(new URL(location, baseUrl), { headers });
    const run = (await response.json()) as Record<string, unknown>;
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status as string)) return run;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the run at ${location} did not end`);
}

/** The codes of an authenticator app for `secret`: the current one, or `stepsAhead` steps later. */
export function totpCodes(secret: string, email: string): (stepsAhead?: number) => string {
  const totp = new TOTP({ secret, issuer: 'capstone-trading', label: email });
  return (stepsAhead = 0) => totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}
