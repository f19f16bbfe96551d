import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { apiErrors, firstHumanError, humanError, needsTotp } from '../app/src/api/errors.js';
import { en } from '../app/src/i18n/en.js';
import { ko } from '../app/src/i18n/ko.js';

const refusal = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [{ message, extensions }] });

/** The message a key names, in one language (keys look like "errors.wrongPassword"). */
const lookup = (messages: object, key: string) =>
  key.split('.').reduce<any>((node, part) => node?.[part], messages) as string | undefined;

describe('gateway error codes as messages people understand', () => {
  it('tells a wrong password from an expired session, though both are UNAUTHENTICATED', () => {
    const wrong = firstHumanError(
      refusal('The e-mail address or the password is wrong', { code: 'UNAUTHENTICATED' }),
    );
    const expired = firstHumanError(
      refusal('Sign in, or send an API key, to do this', { code: 'UNAUTHENTICATED' }),
    );
    expect(wrong?.key).toBe('errors.wrongPassword');
    expect(expired?.key).toBe('errors.UNAUTHENTICATED');
  });

  it('recognises the second-factor step and a wrong code', () => {
    const step = refusal('This account needs a TOTP code', {
      code: 'UNAUTHENTICATED',
      reason: 'TOTP_REQUIRED',
    });
    expect(needsTotp(step)).toBe(true);
    expect(
      firstHumanError(
        refusal('The TOTP or recovery code is wrong', {
          code: 'UNAUTHENTICATED',
          reason: 'TOTP_INVALID',
        }),
      )?.key,
    ).toBe('errors.totpInvalid');
  });

  it('names the ledger’s refusals: selling more than held, spending more cash than there is', () => {
    expect(
      firstHumanError(refusal('Cannot sell 100 005930: only 3 held', { code: 'BAD_USER_INPUT' }))
        ?.key,
    ).toBe('errors.sellBeyondPosition');
    expect(
      firstHumanError(
        refusal('Buying 10 005930 needs 700000 but only 5 cash is available', {
          code: 'BAD_USER_INPUT',
        }),
      )?.key,
    ).toBe('errors.notEnoughCash');
    expect(
      firstHumanError(
        refusal('You have a portfolio named "A" already', { code: 'CONFLICT', argument: 'name' }),
      )?.key,
    ).toBe('errors.portfolioNameTaken');
  });

  it('keeps the service’s own words under a generic message when there is no better one', () => {
    const generic = firstHumanError(
      refusal('`quantity` has at most 6 decimal places', {
        code: 'BAD_USER_INPUT',
        argument: 'quantity',
      }),
    );
    expect(generic).toMatchObject({
      key: 'errors.BAD_USER_INPUT',
      detail: '`quantity` has at most 6 decimal places',
    });
  });

  it('says how long to wait when rate-limited, and what a network failure means', () => {
    expect(
      firstHumanError(
        refusal('Too many requests', { code: 'RATE_LIMITED', retryAfterSeconds: 12 }),
      ),
    ).toMatchObject({
      key: 'errors.retryAfter',
      values: { seconds: 12 },
    });
    const offline = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(firstHumanError(offline)?.key).toBe('errors.network');
  });

  it('carries the rows of a refused CSV import', () => {
    const rows = [{ line: 3, message: '"12345" is not a KRX code' }];
    expect(
      apiErrors(refusal('1 bad row', { code: 'BAD_USER_INPUT', argument: 'csv', rows }))[0]?.rows,
    ).toEqual(rows);
  });

  it('has a Korean and an English text for every message it can choose', () => {
    const codes = [
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
      'SOMETHING_NEW',
    ];
    const samples = [
      ...codes.map((code) => ({ code, message: 'x' })),
      { code: 'CONFLICT', message: 'x', argument: 'email' },
      { code: 'BAD_USER_INPUT', message: 'x', argument: 'password' },
      { code: 'BAD_USER_INPUT', message: 'x', argument: 'code' },
      { code: 'BAD_USER_INPUT', message: 'There is no instrument 999999' },
      { code: 'BAD_USER_INPUT', message: '005930 has no price yet, so it cannot be bought' },
      { code: 'CONFLICT', message: 'You have 20 active keys; revoke one first' },
      { code: 'CONFLICT', message: 'Run 4 has already ended' },
      { code: 'UNAUTHENTICATED', message: 'x', reason: 'REFRESH_TOKEN_REUSED' },
      { code: 'NETWORK', message: 'x' },
    ];
    for (const sample of samples) {
      const { key } = humanError(sample);
      expect(lookup(ko, key), key).toEqual(expect.any(String));
      expect(lookup(en, key), key).toEqual(expect.any(String));
    }
  });
});
