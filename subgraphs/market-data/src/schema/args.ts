import { notFound, type LocalizedMessage } from '@capstone/errors';
import { CALENDAR_YEARS, seoulDate } from '@capstone/krx-calendar';
import { zodMessage } from '@capstone/server-kit';
import { z } from 'zod';
import { TRACKED_INDICES } from '../etl/settings.js';
import type { PrismaClient } from '../prisma.js';

/** A Date argument as the Seoul calendar day it stands for, "2026-11-26". */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Today in Seoul, as a Date argument would carry it. */
export const todayInSeoul = (): Date => new Date(`${seoulDate(new Date())}T00:00:00Z`);

/** A Date argument within the years the KRX calendar covers. */
export const calendarDay = z
  .date()
  .nullish()
  .superRefine((date, context) => {
    if (!date) return;
    const year = date.getUTCFullYear();
    if (year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last) {
      context.addIssue({
        code: 'custom',
        message: zodMessage({
          ko: `KRX 달력은 ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}년을 다룹니다. ${isoDay(date)}은(는) 그 밖입니다`,
          en: `The KRX calendar covers ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}; ${isoDay(date)} is outside it`,
        }),
      });
    }
  });

/** Fails with every code of `symbols` that no instrument has, so one answer names them all. */
export async function requireInstruments(
  prisma: PrismaClient,
  symbols: readonly string[],
): Promise<void> {
  const known = await prisma.instrument.findMany({
    where: { symbol: { in: [...symbols] } },
    select: { symbol: true },
  });
  const unknown = symbols.filter((symbol) => !known.some((row) => row.symbol === symbol));
  if (unknown.length > 0) {
    throw notFound(unknownInstruments(unknown), { argument: 'symbols', symbols: unknown });
  }
}

/** Why no instrument answers to `symbols`, in both languages. */
export const unknownInstruments = (symbols: readonly string[]): LocalizedMessage => ({
  ko: `종목 코드 ${symbols.join(', ')}에 해당하는 종목이 없습니다`,
  en: `No instrument has the code ${symbols.join(', ')}`,
});

/** Why an index has no history here, and which indices have, in both languages. */
export function untrackedIndex(code: string): LocalizedMessage {
  const collected = TRACKED_INDICES.map((index) => `${index.code} (${index.name})`).join(', ');
  return {
    ko: `지수 ${code}의 이력은 수집하지 않습니다. 수집하는 지수: ${collected}`,
    en: `No history is collected for index ${code}; there is for ${collected}`,
  };
}
