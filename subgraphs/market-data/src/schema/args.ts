import { notFound } from '@capstone/errors';
import { CALENDAR_YEARS, seoulDate } from '@capstone/krx-calendar';
import { z } from 'zod';
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
        message: `The KRX calendar covers ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}; ${isoDay(date)} is outside it`,
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
    throw notFound(`No instrument has the code ${unknown.join(', ')}`, {
      argument: 'symbols',
      symbols: unknown,
    });
  }
}
