import { badInput } from '@capstone/server-kit';

/** KRX short codes are six characters: digits, and for some newer listings capital letters. */
const SYMBOL = /^[0-9A-Z]{6}$/;

export function parseSymbol(value: string): string {
  const symbol = value.trim().toUpperCase();
  if (!SYMBOL.test(symbol)) {
    throw badInput(`"${value}" is not a KRX code; codes have six characters, such as "005930"`, {
      argument: 'symbol',
    });
  }
  return symbol;
}
