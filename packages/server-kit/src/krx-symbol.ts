import { badInput, type LocalizedMessage } from '@capstone/errors';

/** KRX short codes are six characters: digits, and for some newer listings capital letters. */
export const KRX_SYMBOL = /^[0-9A-Z]{6}$/;

/** A KRX code from user input, upper-cased, or a BAD_USER_INPUT error naming the argument. */
export function parseKrxSymbol(value: string, argument = 'symbol'): string {
  const symbol = value.trim().toUpperCase();
  if (!KRX_SYMBOL.test(symbol)) {
    throw badInput(notAKrxCode(value), { argument });
  }
  return symbol;
}

/** Why `value` is refused as a KRX code, in both languages. */
export const notAKrxCode = (value: string): LocalizedMessage => ({
  ko: `"${value}"은(는) KRX 종목 코드가 아닙니다. 코드는 "005930"처럼 여섯 글자입니다`,
  en: `"${value}" is not a KRX code; codes have six characters, such as "005930"`,
});

export function isKrxSymbol(value: string): boolean {
  return KRX_SYMBOL.test(value);
}
