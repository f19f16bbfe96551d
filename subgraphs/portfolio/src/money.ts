import { Decimal } from '@capstone/server-kit';
import { badInput } from '@capstone/errors';

/** Money has at most 4 decimal places, quantities 6, as in the database. */
export function money(value: Decimal, argument: string, { positive = false } = {}): Decimal {
  if (value.isNegative() || (positive && value.isZero())) {
    throw badInput(`\`${argument}\` must be ${positive ? 'more than 0' : '0 or more'}`, {
      argument,
    });
  }
  if (value.decimalPlaces() > 4)
    throw badInput(`\`${argument}\` has at most 4 decimal places`, { argument });
  if (value.greaterThanOrEqualTo('1e16'))
    throw badInput(`\`${argument}\` is too large`, { argument });
  return value;
}

export function quantity(value: Decimal, argument: string): Decimal {
  if (!value.isPositive() || value.isZero())
    throw badInput(`\`${argument}\` must be more than 0`, { argument });
  if (value.decimalPlaces() > 6)
    throw badInput(`\`${argument}\` has at most 6 decimal places`, { argument });
  if (value.greaterThanOrEqualTo('1e18'))
    throw badInput(`\`${argument}\` is too large`, { argument });
  return value;
}

/** quantity x price, kept to the money precision. */
export function tradeAmount(shares: Decimal, price: Decimal): Decimal {
  return shares.times(price).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN);
}

export function portfolioName(value: string): string {
  const name = value.trim();
  if (name.length < 1 || name.length > 100)
    throw badInput('A name has 1 to 100 characters', { argument: 'name' });
  return name;
}
