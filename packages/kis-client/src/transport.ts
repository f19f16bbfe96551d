import {
  KisApiError,
  KisHttpError,
  KisNetworkError,
  KisParseError,
  KisTokenError,
} from './errors.js';
import { isWireRecord, type WireRecord } from './wire.js';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** Sends one request; anything that prevents an HTTP answer becomes a `KisNetworkError`. */
export async function send(
  fetchImpl: typeof fetch,
  trId: string,
  url: URL,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
  timeoutMs: number,
): Promise<HttpAnswer> {
  try {
    const response = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    // Reading the body can fail too (a reset mid-answer), so it belongs inside the same catch.
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    throw new KisNetworkError(trId, networkCode(error), error);
  }
}

function networkCode(error: unknown): string {
  // undici wraps the socket error as `cause`; timeouts surface as a DOMException named TimeoutError.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError') return 'TIMEOUT';
  }
  return 'NETWORK';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);

export interface KisEnvelope {
  status: number;
  /** Response header `tr_cont`: F/M more data, D/E last page, blank when the TR does not page. */
  trCont: string;
  body: WireRecord;
}

/**
 * A data TR's answer. Failures arrive both as HTTP 200 with `rt_cd` "1" and as HTTP 500 with the
 * same envelope, and the gateway sometimes answers in the OAuth shape (`error_code`) instead.
 */
export function readEnvelope(trId: string, answer: HttpAnswer): KisEnvelope {
  const json = parseJson(answer.text);
  if (isWireRecord(json)) {
    const rtCd = asString(json.rt_cd);
    if (rtCd !== undefined) {
      if (rtCd !== '0' || answer.status >= 400) {
        throw new KisApiError({
          trId,
          msgCd: asString(json.msg_cd) ?? `RT_CD_${rtCd}`,
          msg1: asString(json.msg1) ?? '',
          status: answer.status,
        });
      }
      return { status: answer.status, trCont: answer.headers.get('tr_cont') ?? '', body: json };
    }
    const errorCode = asString(json.error_code);
    if (errorCode !== undefined) {
      throw new KisApiError({
        trId,
        msgCd: errorCode,
        msg1: asString(json.error_description) ?? '',
        status: answer.status,
      });
    }
  }
  if (answer.status >= 400) throw new KisHttpError(trId, answer.status, answer.text);
  throw new KisParseError(trId, 'body', answer.text.slice(0, 100), 'a KIS JSON envelope');
}

/** An OAuth endpoint's answer: success is a bare object, failure `{error_code, error_description}`. */
export function readOAuth(
  trId: 'oauth2/tokenP' | 'oauth2/Approval',
  answer: HttpAnswer,
  expectedField: string,
): WireRecord {
  const json = parseJson(answer.text);
  if (isWireRecord(json)) {
    const errorCode =
      asString(json.error_code) ?? (answer.status >= 400 ? asString(json.msg_cd) : undefined);
    if (errorCode !== undefined) {
      throw new KisTokenError({
        trId,
        errorCode,
        description: asString(json.error_description) ?? asString(json.msg1) ?? '',
        status: answer.status,
      });
    }
    if (answer.status < 400 && typeof json[expectedField] === 'string') return json;
  }
  if (answer.status >= 400) throw new KisHttpError(trId, answer.status, answer.text);
  throw new KisParseError(trId, expectedField, undefined, 'a string');
}
