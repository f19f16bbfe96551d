import { KisNotSupportedError, KisParseError } from '../errors.js';
import { compactFromIso, fieldReader, isWireRecord, type WireRecord } from '../wire.js';
import type { EndpointContext } from './context.js';

const TR_ID = 'CTCA0903R';
const PATH = '/uapi/domestic-stock/v1/quotations/chk-holiday';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** 국내휴장일조회: one calendar day. */
export interface MarketDay {
  date: string;
  weekday: (typeof WEEKDAYS)[number] | null;
  businessDay: boolean;
  tradingDay: boolean;
  marketOpen: boolean;
  settlementDay: boolean;
}

function parseDay(record: WireRecord): MarketDay {
  const read = fieldReader(record, TR_ID);
  const weekday = read.optNumber('wday_dvsn_cd');
  return {
    date: read.date('bass_dt'),
    weekday: weekday === null ? null : (WEEKDAYS[weekday - 1] ?? null),
    businessDay: read.flag('bzdy_yn'),
    tradingDay: read.flag('tr_day_yn'),
    marketOpen: read.flag('opnd_yn'),
    settlementDay: read.flag('sttl_day_yn'),
  };
}

/**
 * The days from `date` on, as far as KIS answers in one call (real only; KIS asks for about one
 * call a day, so cache the answer).
 */
export async function holidays(context: EndpointContext, date: string): Promise<MarketDay[]> {
  if (context.env !== 'real') throw new KisNotSupportedError(TR_ID, context.env);
  const { body } = await context.get({
    trId: TR_ID,
    path: PATH,
    query: { BASS_DT: compactFromIso(date), CTX_AREA_NK: '', CTX_AREA_FK: '' },
  });
  if (!Array.isArray(body.output)) throw new KisParseError(TR_ID, 'output', undefined, 'an array');
  return body.output.filter(isWireRecord).map(parseDay);
}
