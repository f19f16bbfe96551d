import { badInput } from '@capstone/errors';

/** KRX short codes are six characters: digits, and for some newer listings capital letters. */
export const KRX_SYMBOL = /^[0-9A-Z]{6}$/;

/** A KRX code from user input, upper-cased, or a BAD_USER_INPUT error naming the argument. */
export function parseKrxSymbol(value: string, argument = 'symbol'): string {
  const symbol = value.trim().toUpperCase();
  if (!KRX_SYMBOL.test(symbol)) {
    throw badInput(`"${value}" is not a KRX code; codes have six characters, such as "005930"`, {
      argument,
    });
  }
  return symbol;
}

export function isKrxSymbol(value: string): boolean {
  return KRX_SYMBOL.test(value);
}
