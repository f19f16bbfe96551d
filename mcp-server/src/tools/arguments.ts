import type { JsonSchema } from '@capstone/operations';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

// `verbose` keeps each error's schema, so a type error can say what the pattern allows.
const ajv = addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }));
const validators = new WeakMap<JsonSchema, ValidateFunction>();

/** What a pattern allows, in words an agent can act on. */
const PATTERN_WORDS: Record<string, string> = {
  '^-?[0-9]+(\\.[0-9]+)?$': 'a decimal number written as a string, such as "1234.5"',
  '^[0-9A-Z]{6}$': 'a 6-character KRX code, such as "005930"',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'a date such as "2024-05-31"',
};

const FORMAT_WORDS: Record<string, string> = {
  date: 'a date such as "2024-05-31"',
  'date-time': 'an ISO 8601 instant such as "2024-05-31T06:30:00Z"',
};

/** `holdings/0/symbol` → `holdings[0].symbol`. */
function argumentPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (extra) parts.push(extra);
  return parts
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function describeError(error: ErrorObject, args: unknown, allowed: string[]): string {
  const value = error.instancePath
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((inner, key) => (inner as Record<string, unknown> | undefined)?.[key], args);
  const path = argumentPath(error.instancePath);
  const got = ` (got ${shown(value)})`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `\`${argumentPath(error.instancePath, String(params.missingProperty))}\` is required`;
    case 'additionalProperties': {
      const name = argumentPath(error.instancePath, String(params.additionalProperty));
      return error.instancePath === ''
        ? `\`${name}\` is not an argument; the arguments are ${allowed.join(', ')}`
        : `\`${name}\` is not a field of \`${path}\``;
    }
    case 'pattern':
      return `\`${path}\` must be ${PATTERN_WORDS[String(params.pattern)] ?? `text matching ${String(params.pattern)}`}${got}`;
    case 'format':
      return `\`${path}\` must be ${FORMAT_WORDS[String(params.format)] ?? `a ${String(params.format)}`}${got}`;
    case 'enum':
      return `\`${path}\` must be one of ${(params.allowedValues as unknown[]).join(', ')}${got}`;
    case 'type': {
      const pattern = (error.parentSchema as { pattern?: string } | undefined)?.pattern;
      if (pattern && PATTERN_WORDS[pattern])
        return `\`${path}\` must be ${PATTERN_WORDS[pattern]}${got}`;
      return `\`${path}\` must be ${params.type === 'integer' ? 'a whole number' : `a ${String(params.type)}`}${got}`;
    }
    case 'minimum':
    case 'maximum':
      return `\`${path}\` must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}${got}`;
    default:
      return `\`${path || 'arguments'}\` ${error.message ?? 'is not allowed'}${got}`;
  }
}

export class ArgumentError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/** Optional arguments sent as null are left out, as GraphQL treats an absent variable. */
function withoutNulls(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null));
}

/**
 * Checks a tool's arguments against the input schema it advertises, before anything is sent:
 * every problem names the argument and what it allows. Gives back the arguments to send.
 */
export function checkArguments(
  schema: JsonSchema,
  args: Record<string, unknown> | undefined,
): Record<string, unknown> {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  const variables = withoutNulls(args ?? {});
  if (validate(variables)) return variables;
  const allowed = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
  // Ajv reports each failing branch; one line per argument and keyword is enough to act on.
  const problems = [
    ...new Set((validate.errors ?? []).map((error) => describeError(error, variables, allowed))),
  ];
  throw new ArgumentError(problems);
}
