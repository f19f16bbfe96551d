import { badInput } from '@capstone/errors';
import type { GraphQLError } from 'graphql';
import { z } from 'zod';
import { KRX_SYMBOL } from './krx-symbol.js';

interface Issue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/**
 * The error of a failed argument validation: BAD_USER_INPUT naming the argument (the first
 * step of the issue's path). A message that starts in lower case says what is wrong with the
 * argument ("must be 1 to 100") and is completed with its name.
 */
export function argumentError(issues: readonly Issue[]): GraphQLError {
  const [issue] = issues;
  const step = issue?.path?.[0];
  const argument = String(typeof step === 'object' ? step.key : (step ?? ''));
  const message = issue?.message ?? 'An argument is not valid';
  return badInput(/^[a-z]/.test(message) && argument ? `\`${argument}\` ${message}` : message, {
    ...(argument ? { argument } : {}),
  });
}

/** A whole number from `min` to `max`; null and absent pass (the default applies). */
export const intBetween = (min: number, max: number) =>
  z
    .number()
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be ${min} to ${max}`)
    .max(max, `must be ${min} to ${max}`)
    .nullish();

/** A KRX code, trimmed and upper-cased. */
export const krxSymbol = z.string().transform((value, context) => {
  const symbol = value.trim().toUpperCase();
  if (KRX_SYMBOL.test(symbol)) return symbol;
  context.addIssue({
    code: 'custom',
    message: `"${value}" is not a KRX code; codes have six characters, such as "005930"`,
  });
  return z.NEVER;
});

/** `min` to `max` KRX codes, each checked, duplicates dropped, in the order given. */
export const krxSymbols = ({
  min = 1,
  max,
  message = `Give ${min} to ${max} KRX codes`,
}: {
  min?: number;
  max: number;
  message?: string;
}) =>
  z
    .array(krxSymbol)
    .min(min, message)
    .max(max, message)
    .transform((symbols) => [...new Set(symbols)]);

const DAY_MS = 86_400_000;

/**
 * Checks the `from` and `to` arguments of a field together: `from` not after `to`, and the
 * range at most `maxDays` days, both ends included. Without `from` there is nothing to check;
 * without `to`, `defaultTo` stands in for it (the resolver applies the same default).
 * The other arguments pass through untouched.
 */
export const dateRange = ({
  maxDays,
  what = 'A range',
  span = `${maxDays} days`,
  defaultTo,
}: {
  maxDays: number;
  /** What the range is, for the message: "A price history spans at most 20 years". */
  what?: string;
  span?: string;
  defaultTo?: () => Date;
}) =>
  z
    .looseObject({ from: z.date().nullish(), to: z.date().nullish() })
    .superRefine(({ from, to: given }, context) => {
      const to = given ?? defaultTo?.();
      if (!from || !to) return;
      if (from > to) {
        context.addIssue({ code: 'custom', path: ['from'], message: 'must not be after `to`' });
      } else if ((to.getTime() - from.getTime()) / DAY_MS >= maxDays) {
        context.addIssue({
          code: 'custom',
          path: ['to'],
          message: `${what} spans at most ${span} per request`,
        });
      }
    });
