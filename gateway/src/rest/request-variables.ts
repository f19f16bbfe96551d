import type { JsonSchema } from '@capstone/operations';
import type { CompiledRoute } from './route-table.js';

/** The caller's mistake in where or how a variable was sent; becomes a 400, 413 or 415. */
export class RestInputError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE',
    readonly messages: { ko: string; en: string },
    readonly field?: string,
  ) {
    super(messages.en);
  }
}

/** The query parameters a paginated list takes beside its operation's variables. */
export const PAGE_PARAMETERS = ['limit', 'cursor'] as const;

/**
 * A query-string value as the variable's type wants it. A value that does not convert stays
 * text, so the operation refuses it with the variable named, as it would over GraphQL.
 */
function fromText(values: string[], schema: JsonSchema): unknown {
  if (schema.type === 'array') {
    const items = values.flatMap((value) => value.split(',')).filter((value) => value !== '');
    return items.map((item) => fromText([item], (schema.items ?? {}) as JsonSchema));
  }
  const value = values[values.length - 1]!;
  if (schema.type === 'integer' && /^-?\d+$/.test(value)) return Number(value);
  if (schema.type === 'number' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (schema.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Reads the body as text, refusing one over `maxBytes` without reading all of it. */
async function bodyText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = new RestInputError('PAYLOAD_TOO_LARGE', {
    ko: `요청 본문이 너무 큽니다 (최대 ${maxBytes}바이트)`,
    en: `The request body is too large (at most ${maxBytes} bytes)`,
  });
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const notAVariable = (name: string, where: string, allowed: string[]) =>
  new RestInputError(
    'BAD_USER_INPUT',
    {
      ko: `${name}은(는) 이 경로의 ${where === 'query' ? '쿼리 매개변수' : '본문 속성'}가 아닙니다${allowed.length ? ` (가능: ${allowed.join(', ')})` : ''}`,
      en: `${name} is not a ${where === 'query' ? 'query parameter' : 'body property'} of this route${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
    },
    name,
  );

/** The operation's variables from the path, the query string, the body and the headers. */
export async function requestVariables(
  route: CompiledRoute,
  params: Record<string, string>,
  request: Request,
  maxBytes: number,
): Promise<Record<string, unknown>> {
  const variables: Record<string, unknown> = { ...params };
  const url = new URL(request.url);
  const queryAllowed = [
    ...route.queryParameters.map(({ name }) => name),
    ...(route.paginate ? PAGE_PARAMETERS : []),
  ];
  for (const name of new Set(url.searchParams.keys())) {
    if (!queryAllowed.includes(name)) throw notAVariable(name, 'query', queryAllowed);
    const parameter = route.queryParameters.find((candidate) => candidate.name === name);
    if (!parameter) continue;
    // `filter.kind`: the parameter fills a property of an input-object variable.
    let target = variables;
    for (const key of parameter.variable.slice(0, -1)) {
      target = (target[key] ??= {}) as Record<string, unknown>;
    }
    target[parameter.variable.at(-1)!] = fromText(url.searchParams.getAll(name), parameter.schema);
  }

  const text = route.method === 'GET' ? '' : await bodyText(request, maxBytes);
  if (text.trim() !== '') {
    const contentType = request.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
      throw new RestInputError('UNSUPPORTED_MEDIA_TYPE', {
        ko: '요청 본문은 JSON(application/json)이어야 합니다',
        en: 'The request body must be JSON (application/json)',
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new RestInputError('BAD_USER_INPUT', {
        ko: '요청 본문이 올바른 JSON이 아닙니다',
        en: 'The request body is not valid JSON',
      });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new RestInputError('BAD_USER_INPUT', {
        ko: '요청 본문은 JSON 객체여야 합니다',
        en: 'The request body must be a JSON object',
      });
    }
    for (const [name, value] of Object.entries(body)) {
      if (!route.bodyNames.includes(name)) throw notAVariable(name, 'body', route.bodyNames);
      variables[name] = value;
    }
  }

  const key = request.headers.get('idempotency-key');
  if (key !== null && route.idempotent) variables.idempotencyKey = key;
  return variables;
}
