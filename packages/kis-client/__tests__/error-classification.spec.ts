import { describe, expect, it } from 'vitest';
import {
  KisApiError,
  KisHttpError,
  KisNetworkError,
  KisNotSupportedError,
  KisParseError,
  KisRateLimitError,
  KisTokenError,
  KisUnknownSymbolError,
  classifyKisError,
} from '@capstone/kis-client';

const api = (msgCd: string, status: number) =>
  new KisApiError({ trId: 'FHKST01010100', msgCd, msg1: 'message', status });

describe('classifying KIS failures', () => {
  it('retries the per-second limit whether it came as HTTP 500 or 200', () => {
    expect(classifyKisError(api('EGW00201', 500))).toBe('rate-limit');
    expect(classifyKisError(api('EGW00201', 200))).toBe('rate-limit');
    expect(classifyKisError(new KisRateLimitError(api('EGW00201', 500)))).toBe('rate-limit');
  });

  it('re-issues the token for an invalid or expired one, with either status', () => {
    for (const code of ['EGW00121', 'EGW00123']) {
      expect(classifyKisError(api(code, 500))).toBe('token-rejected');
      expect(classifyKisError(api(code, 200))).toBe('token-rejected');
    }
  });

  it('retries server errors but not the permanent codes KIS also sends with 500', () => {
    expect(classifyKisError(api('EGW00500', 500))).toBe('server');
    expect(classifyKisError(new KisHttpError('FHKST01010100', 502, '<html>'))).toBe('server');
    expect(classifyKisError(api('EGW02004', 500))).toBe('fatal');
    expect(classifyKisError(api('OPSQ0002', 500))).toBe('fatal');
    expect(classifyKisError(api('APBK0012', 200))).toBe('fatal');
    expect(classifyKisError(new KisHttpError('FHKST01010100', 404, ''))).toBe('fatal');
  });

  it('retries network failures, and nothing that is not a KIS error', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(classifyKisError(new KisNetworkError('FHKST01010100', 'ECONNRESET', reset))).toBe(
      'network',
    );
    expect(classifyKisError(new Error('boom'))).toBe('fatal');
    expect(classifyKisError(new KisParseError('FHKST01010100', 'stck_prpr', 'x', 'a number'))).toBe(
      'fatal',
    );
  });

  it('treats a throttled token issue as not retryable by backoff (it has its own wait)', () => {
    const throttled = new KisTokenError({
      trId: 'oauth2/tokenP',
      errorCode: 'EGW00133',
      description: '접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)',
      status: 403,
    });
    expect(classifyKisError(throttled)).toBe('fatal');
    expect(throttled.message).toBe(
      'oauth2/tokenP EGW00133: 접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회) (HTTP 403)',
    );
  });
});

describe('error messages', () => {
  it('start with the TR and the code', () => {
    expect(api('EGW00201', 500).message).toBe('FHKST01010100 EGW00201: message (HTTP 500)');
    expect(new KisUnknownSymbolError('FHKST01010100', '999999').message).toMatch(
      /^FHKST01010100 UNKNOWN_SYMBOL: /,
    );
    expect(new KisNotSupportedError('CTPF1002R', 'mock').message).toMatch(
      /^CTPF1002R NOT_SUPPORTED: /,
    );
    expect(new KisRateLimitError(api('EGW00201', 500))).toMatchObject({
      name: 'KisRateLimitError',
      trId: 'FHKST01010100',
      code: 'EGW00201',
      msgCd: 'EGW00201',
      status: 500,
    });
  });
});
