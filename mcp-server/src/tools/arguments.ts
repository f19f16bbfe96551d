import type { Language, LocalizedMessage } from '@capstone/errors';
import type { JsonSchema } from '@capstone/operations';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

// `verbose` keeps each error's schema, so a type error can say what the pattern allows.
const ajv = addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }));
const validators = new WeakMap<JsonSchema, ValidateFunction>();

type Words = LocalizedMessage;

/** What a pattern allows, in words an agent can act on. */
const PATTERN_WORDS: Record<string, Words> = {
  '^-?[0-9]+(\\.[0-9]+)?$': {
    ko: '"1234.5"처럼 문자열로 쓴 십진수',
    en: 'a decimal number written as a string, such as "1234.5"',
  },
  '^[0-9A-Z]{6}$': {
    ko: '"005930" 같은 여섯 글자 KRX 종목 코드',
    en: 'a 6-character KRX code, such as "005930"',
  },
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': {
    ko: '"2024-05-31" 같은 날짜',
    en: 'a date such as "2024-05-31"',
  },
};

const FORMAT_WORDS: Record<string, Words> = {
  date: { ko: '"2024-05-31" 같은 날짜', en: 'a date such as "2024-05-31"' },
  'date-time': {
    ko: '"2024-05-31T06:30:00Z" 같은 ISO 8601 시각',
    en: 'an ISO 8601 instant such as "2024-05-31T06:30:00Z"',
  },
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

function describeError(error: ErrorObject, args: unknown, allowed: string[]): Words {
  const value = error.instancePath
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((inner, key) => (inner as Record<string, unknown> | undefined)?.[key], args);
  const path = argumentPath(error.instancePath);
  const got = { ko: ` (받은 값: ${shown(value)})`, en: ` (got ${shown(value)})` };
  const params = error.params as Record<string, unknown>;
  /** "`path` must be …" in both languages. */
  const mustBe = (what: Words): Words => ({
    ko: `\`${path}\`은(는) ${what.ko}여야 합니다${got.ko}`,
    en: `\`${path}\` must be ${what.en}${got.en}`,
  });
  switch (error.keyword) {
    case 'required': {
      const name = argumentPath(error.instancePath, String(params.missingProperty));
      return { ko: `\`${name}\`이(가) 필요합니다`, en: `\`${name}\` is required` };
    }
    case 'additionalProperties': {
      const name = argumentPath(error.instancePath, String(params.additionalProperty));
      return error.instancePath === ''
        ? {
            ko: `\`${name}\`은(는) 인자가 아닙니다. 인자: ${allowed.join(', ')}`,
            en: `\`${name}\` is not an argument; the arguments are ${allowed.join(', ')}`,
          }
        : {
            ko: `\`${name}\`은(는) \`${path}\`의 필드가 아닙니다`,
            en: `\`${name}\` is not a field of \`${path}\``,
          };
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      return mustBe(
        PATTERN_WORDS[pattern] ?? {
          ko: `${pattern}에 맞는 문자열`,
          en: `text matching ${pattern}`,
        },
      );
    }
    case 'format': {
      const format = String(params.format);
      return mustBe(FORMAT_WORDS[format] ?? { ko: `${format} 형식`, en: `a ${format}` });
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).join(', ');
      return mustBe({ ko: `${values} 중 하나`, en: `one of ${values}` });
    }
    case 'type': {
      const pattern = (error.parentSchema as { pattern?: string } | undefined)?.pattern;
      if (pattern && PATTERN_WORDS[pattern]) return mustBe(PATTERN_WORDS[pattern]);
      return mustBe(
        params.type === 'integer'
          ? { ko: '정수', en: 'a whole number' }
          : { ko: `${String(params.type)} 값`, en: `a ${String(params.type)}` },
      );
    }
    case 'minimum':
    case 'maximum': {
      const limit = String(params.limit);
      return error.keyword === 'minimum'
        ? mustBe({ ko: `${limit} 이상`, en: `at least ${limit}` })
        : mustBe({ ko: `${limit} 이하`, en: `at most ${limit}` });
    }
    default:
      return {
        ko: `\`${path || 'arguments'}\`: ${error.message ?? '허용되지 않는 값입니다'}${got.ko}`,
        en: `\`${path || 'arguments'}\` ${error.message ?? 'is not allowed'}${got.en}`,
      };
  }
}

export class ArgumentError extends Error {
  /** Each problem in English; `problemsIn` gives them in another language. */
  readonly problems: string[];
  constructor(private readonly both: Words[]) {
    super(both.map((problem) => problem.en).join('; '));
    this.problems = both.map((problem) => problem.en);
  }
  problemsIn(language: Language): string[] {
    return this.both.map((problem) => problem[language]);
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
  const problems = new Map<string, Words>();
  for (const error of validate.errors ?? []) {
    const problem = describeError(error, variables, allowed);
    problems.set(problem.en, problem);
  }
  throw new ArgumentError([...problems.values()]);
}
