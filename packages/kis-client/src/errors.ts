/**
 * Every error this package throws is a `KisError`, and its message starts with the TR (or the
 * OAuth path) and the code, because a log line that says only "request failed" cannot tell a
 * throttled call from an expired token or a dead server.
 */
export abstract class KisError extends Error {
  /** The TR ID, or `oauth2/tokenP` / `oauth2/Approval` for the OAuth endpoints, or `websocket`. */
  readonly trId: string;
  /** A KIS `msg_cd` / `error_code` when KIS sent one, otherwise one of this package's own codes. */
  readonly code: string;

  constructor(trId: string, code: string, detail: string, options?: { cause?: unknown }) {
    super(`${trId} ${code}: ${detail}`, options);
    this.trId = trId;
    this.code = code;
  }
}

/** A data call that KIS answered with `rt_cd` ≠ "0" (with HTTP 200 or an error status). */
export class KisApiError extends KisError {
  override name = 'KisApiError';
  readonly msgCd: string;
  readonly msg1: string;
  readonly status: number;

  constructor(details: { trId: string; msgCd: string; msg1: string; status: number }) {
    super(details.trId, details.msgCd, `${details.msg1} (HTTP ${details.status})`);
    this.msgCd = details.msgCd;
    this.msg1 = details.msg1;
    this.status = details.status;
  }
}

/** `EGW00201`: still over the per-second limit after every retry. */
export class KisRateLimitError extends KisApiError {
  override name = 'KisRateLimitError';
}

/** `EGW00121` / `EGW00123`: the token was refused even after one re-issue. */
export class KisTokenRejectedError extends KisApiError {
  override name = 'KisTokenRejectedError';
}

/** `/oauth2/tokenP` or `/oauth2/Approval` refused: these answer `{error_code, error_description}`. */
export class KisTokenError extends KisError {
  override name = 'KisTokenError';
  readonly errorCode: string;
  readonly description: string;
  readonly status: number;

  constructor(details: {
    trId: 'oauth2/tokenP' | 'oauth2/Approval';
    errorCode: string;
    description: string;
    status: number;
  }) {
    super(details.trId, details.errorCode, `${details.description} (HTTP ${details.status})`);
    this.errorCode = details.errorCode;
    this.description = details.description;
    this.status = details.status;
  }
}

/** An HTTP error without a KIS envelope, e.g. a proxy's 502 page. */
export class KisHttpError extends KisError {
  override name = 'KisHttpError';
  readonly status: number;

  constructor(trId: string, status: number, bodyStart: string) {
    super(trId, `HTTP_${status}`, bodyStart === '' ? 'empty body' : bodyStart.slice(0, 200));
    this.status = status;
  }
}

/** The request never got an HTTP answer (ECONNRESET, ECONNREFUSED, a timeout, …). */
export class KisNetworkError extends KisError {
  override name = 'KisNetworkError';

  constructor(trId: string, code: string, cause: unknown) {
    super(trId, code, cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** KIS answered, but a field was missing or not the number/date it should be. */
export class KisParseError extends KisError {
  override name = 'KisParseError';
  readonly field: string;
  readonly value: string | undefined;

  constructor(trId: string, field: string, value: string | undefined, expected: string) {
    super(
      trId,
      'PARSE',
      `${field} is ${value === undefined ? 'missing' : JSON.stringify(value)}, expected ${expected}`,
    );
    this.field = field;
    this.value = value;
  }
}

/** KIS answers an unknown code with `rt_cd` "0" and a zero price rather than with an error. */
export class KisUnknownSymbolError extends KisError {
  override name = 'KisUnknownSymbolError';
  readonly symbol: string;

  constructor(trId: string, symbol: string) {
    super(trId, 'UNKNOWN_SYMBOL', `no such instrument ${symbol}`);
    this.symbol = symbol;
  }
}

/** A real-only TR asked of a mock (모의투자) client; thrown before any request is sent. */
export class KisNotSupportedError extends KisError {
  override name = 'KisNotSupportedError';

  constructor(trId: string, env: string) {
    super(trId, 'NOT_SUPPORTED', `this TR does not exist on the ${env} environment`);
  }
}

/** A WebSocket subscription that failed: a KIS `OPSP…` reply, a timeout or a closed client. */
export class KisRealtimeError extends KisError {
  override name = 'KisRealtimeError';
  readonly trKey: string;
  readonly msgCd: string;
  readonly msg1: string;

  constructor(details: { trId: string; trKey: string; msgCd: string; msg1: string }) {
    super(details.trId, details.msgCd, `${details.msg1} (tr_key ${details.trKey || '-'})`);
    this.trKey = details.trKey;
    this.msgCd = details.msgCd;
    this.msg1 = details.msg1;
  }
}

/** `OPSP0008` MAX SUBSCRIBE OVER, from KIS or from this client's own 41-registration count. */
export class KisSubscriptionLimitError extends KisRealtimeError {
  override name = 'KisSubscriptionLimitError';
}

/** How the request pipeline should react to a failure. */
export type KisErrorKind = 'rate-limit' | 'token-rejected' | 'server' | 'network' | 'fatal';

const TOKEN_REJECTED = new Set(['EGW00121', 'EGW00123']);

// Codes KIS sends with HTTP 500 that no amount of waiting fixes: bad credentials, a mock key on
// the real domain, an unknown TR or market code.
const PERMANENT = new Set([
  'EGW00103',
  'EGW00105',
  'EGW00205',
  'EGW00208',
  'EGW02004',
  'EGW2004',
  'OPSQ0002',
  'OPSQ2001',
]);

export function classifyKisError(error: unknown): KisErrorKind {
  if (error instanceof KisApiError) {
    if (error.msgCd === 'EGW00201') return 'rate-limit';
    if (TOKEN_REJECTED.has(error.msgCd)) return 'token-rejected';
    if (error.status >= 500 && !PERMANENT.has(error.msgCd)) return 'server';
    return 'fatal';
  }
  if (error instanceof KisHttpError) return error.status >= 500 ? 'server' : 'fatal';
  if (error instanceof KisTokenError) return error.status >= 500 ? 'server' : 'fatal';
  if (error instanceof KisNetworkError) return 'network';
  return 'fatal';
}
