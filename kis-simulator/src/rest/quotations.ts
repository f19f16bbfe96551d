import type { IncomingMessage } from 'node:http';
import type { SimulatorContext } from '../context.js';
import { inquireDailyPrice } from './daily-price.js';
import { fail, type Endpoint } from './endpoint.js';
import { chkHoliday } from './holiday.js';
import { gtUid, header, queryOf, type Reply } from './http.js';
import { inquireDailyIndexChartPrice } from './index-chart.js';
import { inquireDailyItemChartPrice } from './item-chart.js';
import { inquirePrice } from './inquire-price.js';
import { KIS_ERRORS } from './kis-errors.js';
import { searchStockInfo } from './stock-info.js';

export const QUOTATIONS_PREFIX = '/uapi/domestic-stock/v1/quotations/';

const ENDPOINTS = new Map<string, Endpoint>(
  [
    inquirePrice,
    inquireDailyPrice,
    inquireDailyItemChartPrice,
    inquireDailyIndexChartPrice,
    searchStockInfo,
    chkHoliday,
  ].map((endpoint) => [endpoint.name, endpoint]),
);

const CREDENTIAL_ERRORS = {
  'appkey-missing': KIS_ERRORS.appKeyRequired,
  'appkey-invalid': KIS_ERRORS.appKeyInvalid,
  'appsecret-missing': KIS_ERRORS.appSecretRequired,
  'appsecret-invalid': KIS_ERRORS.appSecretInvalid,
} as const;

/**
 * A quotation call through KIS's gateway checks, in gateway order: credentials, the per-appkey
 * rate limit, the bearer token, the TR id, the environment, then the query itself.
 */
export function handleQuotation(context: SimulatorContext, req: IncomingMessage, url: URL): Reply {
  const endpoint = ENDPOINTS.get(url.pathname.slice(QUOTATIONS_PREFIX.length));
  const trId = header(req, 'tr_id') ?? '';
  const reply = endpoint
    ? check(context, req, url, endpoint, trId)
    : fail(KIS_ERRORS.noSuchService);
  return {
    ...reply,
    headers: { tr_id: trId, tr_cont: 'D', gt_uid: gtUid(), ...reply.headers },
  };
}

function check(
  context: SimulatorContext,
  req: IncomingMessage,
  url: URL,
  endpoint: Endpoint,
  trId: string,
): Reply {
  const now = context.now().getTime();
  const appKey = header(req, 'appkey');
  const credentials = context.accounts.check(appKey, header(req, 'appsecret'));
  if (!credentials.ok) return fail(CREDENTIAL_ERRORS[credentials.problem]);
  if (!context.limiter.allow(appKey ?? '', context.rateLimits[credentials.env], now)) {
    context.counters.rateLimited++;
    return fail(KIS_ERRORS.rateLimited);
  }
  const bearer = /^Bearer\s+(\S+)$/.exec(header(req, 'authorization') ?? '');
  if (!bearer?.[1]) return fail(KIS_ERRORS.notBearer);
  const token = context.tokens.lookup(bearer[1]);
  if (!token || token.appKey !== appKey) return fail(KIS_ERRORS.tokenInvalid);
  if (now >= token.expiresAt) return fail(KIS_ERRORS.tokenExpired);
  if (trId !== endpoint.trId) return fail(KIS_ERRORS.noSuchService);
  if (endpoint.realOnly && credentials.env === 'mock') return fail(KIS_ERRORS.notMockTr);
  const custtype = header(req, 'custtype');
  if (custtype && custtype !== 'P' && custtype !== 'B') return fail(KIS_ERRORS.custtypeInvalid);
  return endpoint.handle(queryOf(url), context, { trCont: header(req, 'tr_cont') ?? '' });
}
