import { badInput } from '@capstone/errors';
import { seoulDay } from './ledger/dated.js';

/** KRX's first trading day (대한증권거래소, 1956-03-03): nothing was traded before it. */
export const FIRST_KRX_DAY = '1956-03-03';
/** A minute of leeway for clocks that run a little ahead of ours. */
const CLOCK_SKEW_MS = 60_000;

/** When a ledger line happened: on or after KRX's first day, and not in the future (Asia/Seoul). */
export function entryDate(occurredAt: Date, now = new Date()): Date {
  if (seoulDay(occurredAt) < FIRST_KRX_DAY) {
    throw badInput(
      {
        ko: `\`occurredAt\`은(는) 한국거래소 개장일(${FIRST_KRX_DAY}) 이후여야 합니다`,
        en: `\`occurredAt\` cannot be before ${FIRST_KRX_DAY}, the exchange's first day`,
      },
      { argument: 'occurredAt' },
    );
  }
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badInput(
      {
        ko: `\`occurredAt\`은(는) 미래일 수 없습니다(지금은 서울 시각 ${seoulDay(now)})`,
        en: `\`occurredAt\` cannot be in the future (today is ${seoulDay(now)} in Seoul)`,
      },
      { argument: 'occurredAt' },
    );
  }
  return occurredAt;
}
