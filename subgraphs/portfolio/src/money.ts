import { Decimal } from '@capstone/server-kit';
import { badInput } from '@capstone/errors';
import { MAX_WON } from './ledger/ledger.js';

const MAX_TEXT = '999,999,999,999,999';

/**
 * Whole won, as the ledger's DECIMAL(15,0) columns hold them: refused with the field named when
 * negative (or zero where it must be positive), below a won, or beyond what the column holds.
 */
export function money(value: Decimal, argument: string, { positive = false } = {}): Decimal {
  if (value.isNegative() || (positive && value.isZero())) {
    throw badInput(
      positive
        ? {
            ko: `\`${argument}\`은(는) 0보다 커야 합니다`,
            en: `\`${argument}\` must be more than 0`,
          }
        : {
            ko: `\`${argument}\`은(는) 0 이상이어야 합니다`,
            en: `\`${argument}\` must be 0 or more`,
          },
      { argument },
    );
  }
  if (!value.isInteger()) {
    throw badInput(
      {
        ko: `\`${argument}\`은(는) 원 단위 정수여야 합니다(원 미만 금액은 없습니다)`,
        en: `\`${argument}\` must be a whole number of won`,
      },
      { argument },
    );
  }
  if (value.greaterThan(MAX_WON)) {
    throw badInput(
      {
        ko: `\`${argument}\`이(가) 너무 큽니다(최대 ${MAX_TEXT}원)`,
        en: `\`${argument}\` is too large (at most ${MAX_TEXT} KRW)`,
      },
      { argument },
    );
  }
  return value;
}

/** Whole shares, 1 or more, as the DECIMAL(15,0) quantity column holds them. */
export function quantity(value: Decimal, argument: string): Decimal {
  if (!value.isInteger() || !value.isPositive() || value.isZero()) {
    throw badInput(
      {
        ko: `\`${argument}\`은(는) 1주 이상의 정수여야 합니다`,
        en: `\`${argument}\` must be a whole number of shares, 1 or more`,
      },
      { argument },
    );
  }
  if (value.greaterThan(MAX_WON)) {
    throw badInput(
      {
        ko: `\`${argument}\`이(가) 너무 큽니다(최대 ${MAX_TEXT}주)`,
        en: `\`${argument}\` is too large (at most ${MAX_TEXT} shares)`,
      },
      { argument },
    );
  }
  return value;
}

/** quantity x price in whole won; refused, naming `argument`, when it is beyond the column. */
export function tradeAmount(shares: Decimal, price: Decimal, argument = 'price'): Decimal {
  const amount = shares.times(price);
  if (amount.greaterThan(MAX_WON)) {
    throw badInput(
      {
        ko: `수량 × 가격이 기록할 수 있는 한도(${MAX_TEXT}원)를 넘습니다`,
        en: `quantity × price is beyond what the ledger can hold (${MAX_TEXT} KRW)`,
      },
      { argument },
    );
  }
  return amount.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN);
}

/** Brokerage commission rate: a fraction from 0 to 1%, at most 6 decimal places (the column). */
export function commissionRate(value: Decimal, argument = 'commissionRate'): Decimal {
  if (value.isNegative() || value.greaterThan('0.01') || value.decimalPlaces() > 6) {
    throw badInput(
      {
        ko: `\`${argument}\`은(는) 0에서 0.01(1%) 사이, 소수점 6자리까지의 비율이어야 합니다(0.00015 = 0.015%)`,
        en: `\`${argument}\` must be a fraction from 0 to 0.01 (1%) with at most 6 decimal places (0.00015 = 0.015%)`,
      },
      { argument },
    );
  }
  return value;
}

export function portfolioName(value: string): string {
  const name = value.trim();
  if (name.length < 1 || name.length > 100) {
    throw badInput(
      { ko: '이름은 1자에서 100자 사이여야 합니다', en: 'A name has 1 to 100 characters' },
      { argument: 'name' },
    );
  }
  return name;
}
