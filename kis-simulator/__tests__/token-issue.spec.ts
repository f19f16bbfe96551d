import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator, type KisSimulator } from '@capstone/kis-simulator';
import { credentials, issueToken, manualClock, post, quote, TR } from './support/kis.js';

const HOUR = 3_600_000;
const clock = manualClock('2024-03-05T09:00:00+09:00');
let simulator: KisSimulator;

beforeAll(async () => {
  simulator = await startKisSimulator({ now: clock.now, symbols: ['005930'] });
});
afterAll(() => simulator.close());

const tokenP = (who: ReturnType<typeof credentials>) =>
  post(simulator, '/oauth2/tokenP', {
    grant_type: 'client_credentials',
    appkey: who.appKey,
    appsecret: who.appSecret,
  });

describe('POST /oauth2/tokenP', () => {
  it('issues a Bearer token for a day, with its expiry in Korean time', async () => {
    clock.set('2024-03-05T09:00:00+09:00');
    const { status, body } = await tokenP(credentials());
    expect(status).toBe(200);
    expect(body).toEqual({
      access_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      access_token_token_expired: '2024-03-06 09:00:00',
      token_type: 'Bearer',
      expires_in: 86400,
    });
    expect(body.access_token.length).toBeLessThanOrEqual(350);
  });

  it('answers a second request within 60 s with 403 EGW00133', async () => {
    clock.set('2024-03-05T10:00:00+09:00');
    const who = credentials();
    await tokenP(who);
    clock.advance(59_000);
    expect(await tokenP(who)).toEqual({
      status: 403,
      body: {
        error_description: '접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)',
        error_code: 'EGW00133',
      },
    });
  });

  it('re-issues the same token within 6 hours, and a new one after', async () => {
    clock.set('2024-03-05T11:00:00+09:00');
    const who = credentials();
    const issuesBefore = simulator.stats().tokenIssues;
    const first = (await tokenP(who)).body;
    clock.advance(5 * HOUR + 59 * 60_000);
    const again = (await tokenP(who)).body;
    expect(again.access_token).toBe(first.access_token);
    expect(again.access_token_token_expired).toBe(first.access_token_token_expired);
    expect(again.expires_in).toBe(86400 - (5 * 3600 + 59 * 60));
    expect(simulator.stats().tokenIssues - issuesBefore).toBe(1);
    clock.advance(2 * 60_000);
    const fresh = (await tokenP(who)).body;
    expect(fresh.access_token).not.toBe(first.access_token);
    expect(fresh.expires_in).toBe(86400);
    expect(simulator.stats().tokenIssues - issuesBefore).toBe(2);
  });

  it('refuses unknown grant types and malformed keys the way KIS does', async () => {
    const who = credentials();
    expect(
      await post(simulator, '/oauth2/tokenP', {
        grant_type: 'password',
        appkey: who.appKey,
        appsecret: who.appSecret,
      }),
    ).toMatchObject({ status: 403, body: { error_code: 'EGW00116' } });
    expect(
      await post(simulator, '/oauth2/tokenP', {
        grant_type: 'client_credentials',
        appkey: 'short',
        appsecret: who.appSecret,
      }),
    ).toMatchObject({ status: 403, body: { error_code: 'EGW00103' } });
    expect(
      await post(simulator, '/oauth2/tokenP', {
        grant_type: 'client_credentials',
        appkey: who.appKey,
        appsecret: 'short',
      }),
    ).toMatchObject({ status: 403, body: { error_code: 'EGW00105' } });
  });
});

describe('using a token', () => {
  it('works until it expires after 86,400 s, then answers EGW00123', async () => {
    clock.set('2024-03-05T12:00:00+09:00');
    const who = credentials();
    const token = await issueToken(simulator, who);
    const query = { FID_COND_MRKT_DIV_CODE: 'J', FID_INPUT_ISCD: '005930' };
    clock.advance(86_399_000);
    expect((await quote(simulator, { who, token }, TR.price, query)).body.rt_cd).toBe('0');
    clock.advance(1_000);
    expect(await quote(simulator, { who, token }, TR.price, query)).toMatchObject({
      status: 500,
      body: { rt_cd: '1', msg_cd: 'EGW00123', msg1: '기간이 만료된 token 입니다.' },
    });
  });

  it('answers EGW00121 for a token it never issued or issued to another appkey', async () => {
    clock.set('2024-03-06T09:00:00+09:00');
    const who = credentials();
    const other = credentials();
    const otherToken = await issueToken(simulator, other);
    const query = { FID_COND_MRKT_DIV_CODE: 'J', FID_INPUT_ISCD: '005930' };
    for (const token of ['not-a-token', otherToken]) {
      expect(await quote(simulator, { who, token }, TR.price, query)).toEqual(
        expect.objectContaining({
          status: 500,
          body: { rt_cd: '1', msg_cd: 'EGW00121', msg1: '유효하지 않은 token 입니다.' },
        }),
      );
    }
  });
});

describe('POST /oauth2/revokeP and /oauth2/Approval', () => {
  it('revokes a token, after which it is invalid and tokenP issues a new one', async () => {
    clock.set('2024-03-07T09:00:00+09:00');
    const who = credentials();
    const token = await issueToken(simulator, who);
    const revoke = () =>
      post(simulator, '/oauth2/revokeP', { appkey: who.appKey, appsecret: who.appSecret, token });
    expect(await revoke()).toEqual({
      status: 200,
      body: { code: 200, message: '접근토큰 폐기에 성공하였습니다' },
    });
    expect(await revoke()).toMatchObject({ status: 403, body: { error_code: 'EGW00121' } });
    clock.advance(61_000);
    expect(await issueToken(simulator, who)).not.toBe(token);
  });

  it('issues WebSocket approval keys against `secretkey`', async () => {
    const who = credentials();
    const { status, body } = await post(simulator, '/oauth2/Approval', {
      grant_type: 'client_credentials',
      appkey: who.appKey,
      secretkey: who.appSecret,
    });
    expect(status).toBe(200);
    expect(body.approval_key).toMatch(/^[0-9a-f-]{36}$/);
  });
});
