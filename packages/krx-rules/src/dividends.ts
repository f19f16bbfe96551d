import { applyRate, checkAmount, parseRate } from './money.js';
import type { DatedRule } from './rules.js';

export const DIVIDEND_WITHHOLDING_RULE: DatedRule & {
  incomeTaxRate: string;
  localIncomeTaxRateOfIncomeTax: string;
  truncatedTo: 10;
} = {
  id: 'dividend-withholding.15.4pct',
  from: null,
  until: null,
  incomeTaxRate: '0.14',
  localIncomeTaxRateOfIncomeTax: '0.1',
  truncatedTo: 10,
  source:
    '소득세법 제129조 제1항 (배당소득 원천징수세율 100분의 14); 지방세법 제103조의13 ' +
    '(개인지방소득세 특별징수: 원천징수 소득세의 100분의 10); 국고금 관리법 제47조 제1항 ' +
    '(국고금 10원 미만 끝수 절사, 소득세); 지방회계법의 같은 끝수 규정 (지방소득세)',
  verified: false,
  note:
    'The 14% and 10% rates are well established; the 10-won truncation rests on 국고금 관리법 제47조 ' +
    'as quoted by secondary sources, and the local-tax counterpart was not pinned to an article. ' +
    'Brokers credit what they actually withheld; record that when it differs. 소액부징수 (tax under ' +
    '1,000 won not collected, 소득세법 제86조) is not applied: whether it covers exchange dividends ' +
    'was not established.',
};

export interface DividendWithholding {
  gross: number;
  /** 배당소득세: 14% of the gross, cut below 10 won. */
  incomeTax: number;
  /** 지방소득세: 10% of the income tax as withheld, cut below 10 won. */
  localIncomeTax: number;
  withheld: number;
  net: number;
  method: {
    ruleId: string;
    incomeTaxRate: string;
    localIncomeTaxRateOfIncomeTax: string;
    truncatedTo: 10;
    source: string;
  };
}

/** The standard 15.4% withholding on a cash dividend paid to a resident individual. */
export function dividendWithholding(grossWon: number | bigint | string): DividendWithholding {
  const gross = checkAmount(grossWon, 'grossWon');
  const rule = DIVIDEND_WITHHOLDING_RULE;
  const incomeTax = applyRate(gross, parseRate(rule.incomeTaxRate, 'incomeTaxRate'), 10n);
  const localIncomeTax = applyRate(
    BigInt(incomeTax),
    parseRate(rule.localIncomeTaxRateOfIncomeTax, 'localIncomeTaxRateOfIncomeTax'),
    10n,
  );
  const withheld = incomeTax + localIncomeTax;
  return {
    gross: Number(gross),
    incomeTax,
    localIncomeTax,
    withheld,
    net: Number(gross) - withheld,
    method: {
      ruleId: rule.id,
      incomeTaxRate: rule.incomeTaxRate,
      localIncomeTaxRateOfIncomeTax: rule.localIncomeTaxRateOfIncomeTax,
      truncatedTo: rule.truncatedTo,
      source: rule.source,
    },
  };
}
