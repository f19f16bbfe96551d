import type { GraphQLSchema, OperationTypeNode } from 'graphql';
import {
  IDEMPOTENCY_VARIABLE,
  REST_BASE,
  ROUTES,
  pathParameters,
  pathVariables,
  queryParameter,
} from '../routes.js';
import type { Catalogue, JsonSchema, JsonValue } from '../types.js';

/**
 * Examples from the demo data (README's demo user and its Growth and Dividend portfolios, the
 * seeded scenario templates and KRX instruments), by variable name.
 */
const EXAMPLES: Record<string, JsonValue> = {
  symbol: '005930',
  symbols: ['005930', '000660'],
  query: '삼성',
  from: '2024-01-02',
  to: '2024-06-28',
  limit: 10,
  email: 'demo@example.com',
  password: 'capstone-demo-2026',
  templateId: 'gfc-2008',
  seed: 42,
  paths: 10000,
  horizonDays: 20,
  name: 'Growth',
  cash: '10000000',
  kind: 'HISTORICAL',
  objective: 'MAX_SHARPE',
  type: 'BUY',
  quantity: '10',
  price: '71000',
  csv: '005930,10,71000\n000660,5,180000',
  rate: '0.00015',
};

const PAGE_LIMIT = {
  name: 'limit',
  in: 'query',
  required: false,
  description: 'How many items a page holds (1 to 500; 100 when left out).',
  schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
};
const PAGE_CURSOR = {
  name: 'cursor',
  in: 'query',
  required: false,
  description: 'Where the page starts: the value from the previous answer\'s `Link: rel="next"`.',
  schema: { type: 'string' },
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const RESPONSES: Record<string, JsonValue> = {
  BadRequest: problemResponse(
    'Bad input: `field` names the parameter or body property (code BAD_USER_INPUT).',
  ),
  Unauthorized: problemResponse('No credentials, or credentials that do not verify.'),
  Forbidden: problemResponse(
    'The caller may not do this (not theirs, or the key lacks the scope).',
  ),
  NotFound: problemResponse('No such route, or an id that names nothing the caller can see.'),
  Conflict: problemResponse('The request conflicts with the current state (or a reused key).'),
  TooLarge: problemResponse('The request body is larger than the gateway accepts.'),
  UnsupportedMediaType: problemResponse('A request body that is not application/json.'),
  TooManyRequests: {
    ...problemResponse("Over the caller's rate limit; try again after `Retry-After` seconds."),
    headers: {
      'Retry-After': {
        description: 'Seconds to wait before trying again.',
        schema: { type: 'integer', minimum: 0 },
      },
    },
  },
  Unavailable: problemResponse('A service behind the gateway did not answer; retry later.'),
};

const PROBLEM: JsonValue = {
  type: 'object',
  description:
    'An RFC 9457 problem. `code` is the GraphQL error code (docs/api/errors.md); `detail` is in the language `Accept-Language` prefers (Korean by default).',
  properties: {
    type: { type: 'string', format: 'uri', description: "The code's entry in the error list." },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'What went wrong, for people.' },
    code: { type: 'string', examples: ['BAD_USER_INPUT'] },
    field: {
      type: 'string',
      description: 'The parameter or body property the problem is about.',
    },
    instance: { type: 'string', description: 'The path of the request.' },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
  additionalProperties: false,
};

const header = (description: string, schema: JsonValue = { type: 'string' }) => ({
  description,
  schema,
});

/** Adds an example where the demo data has one for a variable of that name. */
const withExample = (name: string, schema: JsonSchema): JsonSchema =>
  EXAMPLES[name] !== undefined &&
  schema.examples === undefined &&
  // `kind` is a scenario kind in one operation and a model kind in another.
  (!Array.isArray(schema.enum) || schema.enum.includes(EXAMPLES[name]))
    ? { ...schema, examples: [EXAMPLES[name]] }
    : schema;

/**
 * The OpenAPI 3.1 document of the REST routes: each route's operation, parameters and body from
 * the catalogue's JSON Schemas (2020-12, which OpenAPI 3.1 speaks), descriptions from the
 * catalogue and the schema.
 */
export function openApiDocument(catalogue: Catalogue, api: GraphQLSchema): JsonValue {
  const paths: Record<string, Record<string, JsonValue>> = {};
  const schemas: Record<string, JsonValue> = { Problem: PROBLEM };
  for (const route of ROUTES) {
    const operation = catalogue.operations.find((candidate) => candidate.name === route.operation);
    if (!operation)
      throw new Error(`${route.method} ${route.path}: no operation ${route.operation}`);
    const properties = (operation.inputSchema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((operation.inputSchema.required ?? []) as string[]);
    const inPath = pathVariables(route);
    const inQuery = (route.query ?? []).map(queryParameter);
    const queryVariables = inQuery.map(({ variable }) => variable[0]!);
    // One root field: the answer is its value; several (MarketIndices): the answer is `data`.
    const fields = Object.keys((operation.outputSchema.properties ?? {}) as object);
    const resultName = `${operation.name}Result`;
    if (route.answer === 'events') {
      // OpenAPI 3.1 has no schema for an event stream's items; the description names them.
    } else if (fields.length === 1) {
      const field = fields[0]!;
      const root = api.getRootType(operation.kind as OperationTypeNode)!.getFields()[field];
      if (!root) throw new Error(`${operation.name}: no root field ${field}`);
      schemas[resultName] = {
        ...((operation.outputSchema.properties as Record<string, JsonSchema>)[field] as object),
        ...(root.description ? { description: root.description } : {}),
      } as JsonValue;
    } else {
      schemas[resultName] = operation.outputSchema;
    }

    const parameters: JsonValue[] = [
      ...pathParameters(route).map((parameter, index) => {
        const name = inPath[index]!;
        return {
          name: parameter,
          in: 'path',
          required: true,
          ...(properties[name]?.description ? { description: properties[name].description } : {}),
          schema: withExample(name, stripDescription(properties[name]!)),
        };
      }),
      ...inQuery.map(({ name, variable }) => {
        // `filter.kind`: the property `kind` of the input-object variable `filter`.
        let property = properties[variable[0]!]!;
        let isRequired = required.has(variable[0]!);
        for (const key of variable.slice(1)) {
          isRequired &&= ((property.required ?? []) as string[]).includes(key);
          property = (property.properties as Record<string, JsonSchema>)[key]!;
        }
        const schema = withExample(name, stripDescription(property));
        return {
          name,
          in: 'query',
          required: isRequired,
          ...(property.description ? { description: property.description } : {}),
          ...(schema.type === 'array' ? { style: 'form', explode: false } : {}),
          schema,
        };
      }),
      ...(route.paginate ? [PAGE_LIMIT, PAGE_CURSOR] : []),
    ];
    const idempotent = IDEMPOTENCY_VARIABLE in properties && route.method === 'POST';
    if (idempotent) {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'Send the same key to retry safely: the first result comes back and the work happens once (1 to 100 letters, digits or . _ : -). The same key for a different request is a 409.',
        schema: { type: 'string', pattern: '^[\\w.:-]{1,100}$' },
      });
    }
    const bodyNames =
      route.method === 'GET'
        ? []
        : Object.keys(properties).filter(
            (name) =>
              !inPath.includes(name) &&
              !queryVariables.includes(name) &&
              name !== IDEMPOTENCY_VARIABLE,
          );
    const bodyRequired = bodyNames.filter((name) => required.has(name));
    const requestBody =
      bodyNames.length > 0
        ? {
            required: bodyRequired.length > 0,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: Object.fromEntries(
                    bodyNames.map((name) => [name, withExample(name, properties[name]!)]),
                  ),
                  ...(bodyRequired.length > 0 ? { required: bodyRequired } : {}),
                  additionalProperties: false,
                },
              },
            },
          }
        : undefined;

    const answer = route.answer ?? 'ok';
    const status = { ok: '200', created: '201', accepted: '202', events: '200' }[answer];
    const headers: Record<string, JsonValue> = {};
    if (route.method === 'GET' && answer !== 'events') {
      headers.ETag = header(
        "The answer's tag: send it as `If-None-Match` to get 304 when unchanged.",
      );
    }
    if (route.location) {
      headers.Location = header(
        answer === 'accepted' ? 'The run: follow it there until it ends.' : 'What was created.',
      );
    }
    if (route.paginate) headers.Link = header('`<…>; rel="next"` while more pages follow.');
    const success: Record<string, JsonValue> = {
      description: {
        ok: 'The result.',
        created: 'Created.',
        accepted: route.location
          ? 'Queued: the run, with its id; `Location` is where to follow it.'
          : 'Queued: the run, with its id.',
        events:
          'Server-sent events: `progress` for each change (data: the progress, as JSON), `error` (data: a problem) if it fails, `end` when the run has ended.',
      }[answer],
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      content:
        answer === 'events'
          ? {
              'text/event-stream': {
                schema: { type: 'string' },
                'x-event-data': (operation.outputSchema.properties as Record<string, JsonValue>)[
                  fields[0]!
                ]!,
              },
            }
          : { 'application/json': { schema: { $ref: `#/components/schemas/${resultName}` } } },
    };
    const responses: Record<string, JsonValue> = { [status]: success };
    if (route.method === 'GET' && answer !== 'events') {
      responses['304'] = {
        description: 'Not modified: the tag sent in `If-None-Match` is current.',
      };
    }
    responses['400'] = { $ref: '#/components/responses/BadRequest' };
    // Public routes too: a wrong password or a spent refresh token is a 401.
    responses['401'] = { $ref: '#/components/responses/Unauthorized' };
    responses['403'] = { $ref: '#/components/responses/Forbidden' };
    responses['404'] = { $ref: '#/components/responses/NotFound' };
    if (route.method !== 'GET') {
      responses['409'] = { $ref: '#/components/responses/Conflict' };
      responses['413'] = { $ref: '#/components/responses/TooLarge' };
      responses['415'] = { $ref: '#/components/responses/UnsupportedMediaType' };
    }
    responses['429'] = { $ref: '#/components/responses/TooManyRequests' };
    responses['503'] = { $ref: '#/components/responses/Unavailable' };

    const fullPath = `${REST_BASE}${route.path}`;
    paths[fullPath] ??= {};
    paths[fullPath][route.method.toLowerCase()] = {
      operationId: operation.name.charAt(0).toLowerCase() + operation.name.slice(1),
      summary: operation.description.en.split(/(?<=\.)\s/)[0]!,
      description: `${operation.description.en}\n\n${operation.description.ko}\n\nGraphQL: the catalogue operation \`${operation.name}\`.`,
      tags: [route.tag],
      ...(route.public ? { security: [] } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(requestBody ? { requestBody } : {}),
      responses,
      'x-graphql-operation': operation.name,
    } as JsonValue;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'capstone-trading REST API',
      version: '1.0.0',
      summary: 'KRX portfolios, prices, risk simulations and forecasts over REST.',
      description:
        'Every route runs one named operation of the GraphQL operation catalogue through the gateway: the same authentication, scopes, limits and numbers as GraphQL and the MCP tools. Errors are RFC 9457 problems with the GraphQL error code; messages follow `Accept-Language` (Korean by default).',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      contact: { name: 'capstone-trading', url: 'https://capstone-trading.example/docs/api' },
    },
    servers: [
      {
        url: 'http://localhost:4000',
        description: 'The gateway on a developer machine (`npm start`)',
      },
    ],
    security: [{ bearerAuth: [] }, { apiKey: [] }],
    tags: [
      {
        name: 'account',
        description: 'Signing up and in, tokens, who you are, sessions, two-factor and API keys.',
      },
      {
        name: 'admin',
        description: 'ETL runs and the AI model registry (administrators only).',
      },
      { name: 'market', description: 'KRX instruments, quotes, prices, indices and forecasts.' },
      { name: 'portfolio', description: 'Your portfolios, their holdings and ledger.' },
      { name: 'risk', description: 'Stress tests, Monte Carlo, backtests and optimisation runs.' },
    ],
    paths: paths as JsonValue,
    components: {
      schemas,
      responses: RESPONSES,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'An access token from `POST /api/v1/auth/log-in` or `POST /api/v1/auth/refresh` (or GraphQL `logIn`), as `Authorization: Bearer …`.',
        },
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'x-api-key',
          description: 'A partner API key (`POST /api/v1/api-keys`), limited to its scopes.',
        },
      },
    },
  };
}

function stripDescription(schema: JsonSchema): JsonSchema {
  const { description: _description, ...rest } = schema;
  return rest;
}
