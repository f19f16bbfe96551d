import { badInput, localized, type LocalizedMessage, type Message } from '@capstone/errors';
import type { GraphQLError } from 'graphql';
import { z } from 'zod';
import { KRX_SYMBOL, notAKrxCode } from './krx-symbol.js';

interface Issue {
  readonly message: string;
  readonly code?: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

// Zod carries an issue's message as one string; ours carry both languages inside it.
const BILINGUAL = '\u0000i18n:';

/**
 * A validation message in Korean and English, for zod's `message` (and `addIssue`): zod keeps
 * one string, so both texts travel in it, and `argumentError` takes them apart again. A text that
 * starts in lower case ("must be 1 to 100") is completed with the argument's name.
 */
export function zodMessage(message: LocalizedMessage): string {
  return `${BILINGUAL}${JSON.stringify(message)}`;
}

const korean = z.locales.ko().localeError;

/** Both texts of an issue: ours, or zod's own wording in English and in its Korean locale. */
export function issueMessages(issue: Issue): LocalizedMessage {
  if (issue.message.startsWith(BILINGUAL)) {
    return JSON.parse(issue.message.slice(BILINGUAL.length)) as LocalizedMessage;
  }
  const translated = issue.code ? korean(issue as never) : undefined;
  const ko = typeof translated === 'string' ? translated : translated?.message;
  return { ko: ko ?? issue.message, en: issue.message };
}

/** `message` about `argument`, completed with its name when it starts in lower case. */
export function aboutArgument(message: LocalizedMessage, argument: string): LocalizedMessage {
  if (!argument || !/^[a-z×]/.test(message.en)) return message;
  return { ko: `\`${argument}\`: ${message.ko}`, en: `\`${argument}\` ${message.en}` };
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
  const message = issue
    ? issueMessages(issue)
    : { ko: '인자 하나가 올바르지 않습니다', en: 'An argument is not valid' };
  return badInput(aboutArgument(message, argument), {
    ...(argument ? { argument } : {}),
  });
}

/** A whole number from `min` to `max`; null and absent pass (the default applies). */
export const intBetween = (min: number, max: number) =>
  z
    .number()
    .int(
      zodMessage({
        ko: `${min}에서 ${max} 사이의 정수여야 합니다`,
        en: `must be a whole number from ${min} to ${max}`,
      }),
    )
    .min(
      min,
      zodMessage({ ko: `${min}에서 ${max} 사이여야 합니다`, en: `must be ${min} to ${max}` }),
    )
    .max(
      max,
      zodMessage({ ko: `${min}에서 ${max} 사이여야 합니다`, en: `must be ${min} to ${max}` }),
    )
    .nullish();

/** A KRX code, trimmed and upper-cased. */
export const krxSymbol = z.string().transform((value, context) => {
  const symbol = value.trim().toUpperCase();
  if (KRX_SYMBOL.test(symbol)) return symbol;
  context.addIssue({
    code: 'custom',
    message: zodMessage(notAKrxCode(value)),
  });
  return z.NEVER;
});

/** `min` to `max` KRX codes, each checked, duplicates dropped, in the order given. */
export const krxSymbols = ({
  min = 1,
  max,
  message = {
    ko: `KRX 종목 코드를 ${min}개에서 ${max}개까지 주세요`,
    en: `Give ${min} to ${max} KRX codes`,
  },
}: {
  min?: number;
  max: number;
  message?: Message;
}) =>
  z
    .array(krxSymbol)
    .min(min, zodMessage(localized(message)))
    .max(max, zodMessage(localized(message)))
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
  what = { ko: '기간', en: 'A range' },
  span = { ko: `${maxDays}일`, en: `${maxDays} days` },
  defaultTo,
}: {
  maxDays: number;
  /** What the range is, for the message: "A price history spans at most 20 years". */
  what?: Message;
  span?: Message;
  defaultTo?: () => Date;
}) =>
  z
    .looseObject({ from: z.date().nullish(), to: z.date().nullish() })
    .superRefine(({ from, to: given }, context) => {
      const [range, most] = [localized(what), localized(span)];
      const to = given ?? defaultTo?.();
      if (!from || !to) return;
      if (from > to) {
        context.addIssue({
          code: 'custom',
          path: ['from'],
          message: zodMessage({ ko: '`to`보다 늦을 수 없습니다', en: 'must not be after `to`' }),
        });
      } else if ((to.getTime() - from.getTime()) / DAY_MS >= maxDays) {
        context.addIssue({
          code: 'custom',
          path: ['to'],
          message: zodMessage({
            ko: `${range.ko}은(는) 한 번에 최대 ${most.ko}까지입니다`,
            en: `${range.en} spans at most ${most.en} per request`,
          }),
        });
      }
    });
