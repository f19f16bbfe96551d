import type { CombinedError } from '@urql/core';

/** One error from the API, with the `extensions` every service sets (see partner-quick-start). */
export interface ApiError {
  code: string;
  message: string;
  argument?: string;
  reason?: string;
  retryAfter?: number;
  /** importHoldingsCsv: every bad row, with its line number. */
  rows?: { line: number; message: string }[];
}

/** What to tell a person: a message key (errors.* or validation.*), its values, and detail. */
export interface HumanError {
  key: string;
  values?: Record<string, unknown>;
  /** The server's own words, shown under a generic message so nothing useful is lost. */
  detail?: string;
  error: ApiError;
}

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'SUBGRAPH_UNAVAILABLE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_ONLY',
  'INTERNAL_SERVER_ERROR',
]);

export function apiErrors(error: CombinedError | null | undefined): ApiError[] {
  if (!error) return [];
  if (error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', message: error.networkError?.message ?? error.message }];
  }
  return error.graphQLErrors.map((graphQLError) => {
    const extensions = (graphQLError.extensions ?? {}) as Record<string, unknown>;
    return {
      code: typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN',
      message: graphQLError.message,
      argument: typeof extensions.argument === 'string' ? extensions.argument : undefined,
      reason: typeof extensions.reason === 'string' ? extensions.reason : undefined,
      retryAfter:
        typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : undefined,
      rows: Array.isArray(extensions.rows) ? (extensions.rows as ApiError['rows']) : undefined,
    };
  });
}

/** Specific messages the services give, matched by code and what they name. */
const SPECIFIC: { when: (error: ApiError) => boolean; key: string }[] = [
  { when: (e) => e.reason === 'TOTP_INVALID', key: 'errors.totpInvalid' },
  { when: (e) => e.reason === 'REFRESH_TOKEN_REUSED', key: 'errors.refreshReused' },
  { when: (e) => e.reason === 'EMAIL_NOT_VERIFIED', key: 'errors.emailNotVerified' },
  { when: (e) => e.code === 'BAD_USER_INPUT' && e.argument === 'token', key: 'errors.linkInvalid' },
  {
    when: (e) => e.code === 'BAD_USER_INPUT' && e.argument === 'newPassword',
    key: 'errors.passwordRule',
  },
  {
    when: (e) =>
      e.code === 'UNAUTHENTICATED' && /password is wrong|비밀번호가 틀렸습니다/i.test(e.message),
    key: 'errors.wrongPassword',
  },
  { when: (e) => e.code === 'CONFLICT' && e.argument === 'email', key: 'errors.emailTaken' },
  {
    when: (e) => e.code === 'CONFLICT' && /portfolio named/i.test(e.message),
    key: 'errors.portfolioNameTaken',
  },
  {
    when: (e) => e.code === 'CONFLICT' && /active keys|활성 키/i.test(e.message),
    key: 'errors.tooManyKeys',
  },
  {
    when: (e) => e.code === 'CONFLICT' && /already ended|이미 끝났습니다/i.test(e.message),
    key: 'errors.runEnded',
  },
  { when: (e) => e.argument === 'email', key: 'errors.emailInvalid' },
  { when: (e) => e.argument === 'password', key: 'errors.passwordRule' },
  { when: (e) => e.argument === 'code', key: 'errors.codeWrong' },
  { when: (e) => /has no price yet/i.test(e.message), key: 'errors.noPriceYet' },
  { when: (e) => /there is no instrument/i.test(e.message), key: 'errors.unknownSymbol' },
  // The server answers in the dashboard's language (Accept-Language): either wording may come.
  {
    when: (e) => /is not a KRX code|KRX 종목 코드가 아닙니다/i.test(e.message),
    key: 'validation.symbol',
  },
  { when: (e) => /^Cannot sell/i.test(e.message), key: 'errors.sellBeyondPosition' },
  { when: (e) => /cash is available/i.test(e.message), key: 'errors.notEnoughCash' },
  {
    when: (e) => e.code === 'BAD_USER_INPUT' && e.argument === 'name',
    key: 'validation.nameLength',
  },
];

/** The message for an API error, in words a person understands, in their language. */
export function humanError(error: ApiError): HumanError {
  const specific = SPECIFIC.find((rule) => rule.when(error));
  if (specific) return { key: specific.key, error };
  if (error.code === 'NETWORK') return { key: 'errors.network', error };
  if (error.code === 'RATE_LIMITED' && error.retryAfter !== undefined) {
    return { key: 'errors.retryAfter', values: { seconds: error.retryAfter }, error };
  }
  if (KNOWN_CODES.has(error.code)) {
    // Generic codes keep the server's explanation: it names the field or the rule.
    const generic = ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND'].includes(error.code);
    return { key: `errors.${error.code}`, detail: generic ? error.message : undefined, error };
  }
  return { key: 'errors.unknown', detail: error.message, error };
}

/** The first error of a result, as a person should read it; undefined when there is none. */
export function firstHumanError(error: CombinedError | null | undefined): HumanError | undefined {
  const [first] = apiErrors(error);
  return first ? humanError(first) : undefined;
}

/** Whether the answer asks for the second factor (log-in with TOTP on, no code given). */
export function needsTotp(error: CombinedError | null | undefined): boolean {
  return apiErrors(error).some((e) => e.reason === 'TOTP_REQUIRED');
}
