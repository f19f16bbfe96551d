import { isTradingDay, nextTradingDay } from '@capstone/krx-calendar';
import { KrxRuleInputError } from './errors.js';
import { checkDate } from './inputs.js';
import type { DatedRule } from './rules.js';

export const SETTLEMENT_RULE: DatedRule = {
  id: 'settlement.t-plus-2',
  from: null,
  until: null,
  source:
    'KRX 유가증권시장·코스닥시장 업무규정 (보통거래: 매매거래일부터 기산하여 3일째 되는 날 결제, T+2); ' +
    'KRX Guide to Trading in the Korean Stock Market (T+2)',
  verified: true,
  note: 'Settlement days are KRX trading days; the year-end closing day settles nothing.',
};

/** The settlement day of a trade: two KRX trading days after the trade date (T+2). */
export function settlementDate(tradeDate: string): string {
  const date = checkDate(tradeDate, 'tradeDate');
  if (!isTradingDay(date)) {
    throw new KrxRuleInputError(
      'tradeDate',
      tradeDate,
      'KRX 거래일이 아닙니다',
      'not a KRX trading day',
    );
  }
  return nextTradingDay(nextTradingDay(date));
}
