import { checkDate, checkMarket, type Market, type SecurityType } from './inputs.js';
import { ruleFor, type DatedRule } from './rules.js';

/**
 * The sell-side taxes on KRX trades, by market and by transfer date.
 *
 * 증권거래세 (securities transaction tax): 증권거래세법 제8조 sets the statutory rate; 시행령 제5조
 * (탄력세율) sets the lower rates actually charged on exchange trades, market by market.
 * 농어촌특별세 (rural special tax): 농어촌특별세법 제5조 제1항 제5호, 1만분의 15 of the transfer value
 * of shares sold on the 유가증권시장 (KOSPI) only.
 *
 * The tax falls on the transfer (양도), which for an exchange trade is its settlement, T+2; every
 * decree since 2019 applies "to transfers from its effective date" (부칙 적용례). So the rate
 * follows the settlement date: the 2019 cut reached trades from 2019-05-30 (settled 2019-06-03),
 * and a KOSPI sale on 2024-12-27 settles on 2025-01-02 at 2025's rate.
 *
 * Rates are decimal fractions of the transfer value ('0.0015' = 0.15%).
 */
export interface SellTaxRule extends DatedRule {
  market: Market;
  securitiesTransactionTax: string;
  ruralSpecialTax: string;
}

const RST = '0.0015';
const RST_SOURCE = '농어촌특별세법 제5조 제1항 제5호 (유가증권시장 양도가액의 1만분의 15)';
const DECREE_2013 =
  '증권거래세법 시행령 제5조, 대통령령 제24697호 (2013-08-29 시행) · 제27843호 (2017-04-01 시행); ' +
  '한국금융신문 2019-04-02 (1996년부터 같은 세율: 코스피 0.15%+농특세 0.15%, 코스닥·코넥스 0.3%)';
const DECREE_2019 =
  '증권거래세법 시행령 제5조, 대통령령 제29788호 (2019-05-21 국무회의 의결, 2019-06-03 이후 양도분); ' +
  '전자신문·한국일보 2019-05-21';
const DECREE_2021 =
  '증권거래세법 시행령 제5조 단서, 대통령령 제31290호 (2020-12-29 공포, 2021-01-01 시행; 부칙 제2조 ' +
  '「이 영 시행 이후 주권을 양도하는 분부터 적용」)';
const DECREE_2023 =
  '증권거래세법 시행령 제5조, 대통령령 제33209호 (2023-01-01 시행; 2023·2024년분은 단서, 2025년분은 본문)';
const DECREE_2026 =
  '증권거래세법 시행령 제5조, 대통령령 제36001호 (2025-12-31 공포, 2026-01-01 시행; 2025년 세법개정)';

const SECONDARY =
  'Checked against press reports of each change and public code quoting law.go.kr; not read on law.go.kr.';

function periods(
  market: Market,
  rows: ReadonlyArray<[from: string | null, stt: string, source: string]>,
  ruralSpecialTax: string,
): SellTaxRule[] {
  return rows.map(([from, stt, source], index) => ({
    id: `sell-tax.${market.toLowerCase()}.${from ?? 'pre-2019'}`,
    market,
    from,
    until: rows[index + 1]?.[0] ?? null,
    securitiesTransactionTax: stt,
    ruralSpecialTax,
    source: ruralSpecialTax === '0' ? source : `${source}; ${RST_SOURCE}`,
    verified: true,
    note: SECONDARY,
  }));
}

/** Oldest first within each market. */
export const SELL_TAX_RULES: readonly SellTaxRule[] = [
  ...periods(
    'KOSPI',
    [
      [null, '0.0015', DECREE_2013],
      ['2019-06-03', '0.001', DECREE_2019],
      ['2021-01-01', '0.0008', DECREE_2021],
      ['2023-01-01', '0.0005', DECREE_2023],
      ['2024-01-01', '0.0003', DECREE_2023],
      ['2025-01-01', '0', DECREE_2023],
      ['2026-01-01', '0.0005', DECREE_2026],
    ],
    RST,
  ),
  ...periods(
    'KOSDAQ',
    [
      [null, '0.003', DECREE_2013],
      ['2019-06-03', '0.0025', DECREE_2019],
      ['2021-01-01', '0.0023', DECREE_2021],
      ['2023-01-01', '0.002', DECREE_2023],
      ['2024-01-01', '0.0018', DECREE_2023],
      ['2025-01-01', '0.0015', DECREE_2023],
      ['2026-01-01', '0.002', DECREE_2026],
    ],
    '0',
  ),
  ...periods(
    'KONEX',
    [
      [null, '0.003', DECREE_2013],
      ['2019-06-03', '0.001', `${DECREE_2019}; ${DECREE_2026} (코넥스 1만분의 10 유지)`],
    ],
    '0',
  ),
];

/**
 * ETFs (수익증권), ETNs and ELWs (파생결합증권) are not shares (주권), the object of the tax, so
 * their sale pays neither tax.
 */
export const EXCHANGE_TRADED_PRODUCT_EXEMPTION: DatedRule = {
  id: 'sell-tax.exempt.etp',
  from: null,
  until: null,
  source:
    '증권거래세법 제2조 (과세대상: 주권·지분); 국내 상장 ETF 매도에 증권거래세 없음 (2026년 세율 해설 자료)',
  verified: false,
  note: 'The ETF exemption is stated by secondary sources; ETNs and ELWs follow by the same reasoning, unchecked.',
};

/** The sell-tax row for a market on a transfer (settlement) date. */
export function sellTaxRule(market: Market, transferDate: string): SellTaxRule {
  const checkedMarket = checkMarket(market);
  const date = checkDate(transferDate, 'transferDate');
  const rule = ruleFor(SELL_TAX_RULES, date, (candidate) => candidate.market === checkedMarket);
  if (!rule) throw new Error(`the sell-tax table has no row for ${market} on ${transferDate}`);
  return rule;
}

export function isTaxedSecurity(securityType: SecurityType): boolean {
  return securityType === 'stock';
}
