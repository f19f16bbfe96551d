import { CALENDAR_YEARS } from '@capstone/krx-calendar';
import { parseKrxSymbol } from '@capstone/server-kit';
import { badInput, notFound } from '@capstone/errors';
import type { PrismaClient } from '../prisma.js';

/** A `from`/`to` pair of Date arguments as Seoul calendar days, checked. */
export function dayRange(
  from: Date,
  to: Date,
  { maxDays, calendar = false }: { maxDays: number; calendar?: boolean },
): { from: string; to: string } {
  if (from > to) throw badInput('`from` must not be after `to`', { argument: 'from' });
  if ((to.getTime() - from.getTime()) / 86_400_000 >= maxDays) {
    throw badInput(`A range spans at most ${maxDays} days per request`, { argument: 'to' });
  }
  const range = { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
  if (calendar) {
    for (const [argument, day] of Object.entries(range)) {
      const year = Number(day.slice(0, 4));
      if (year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last) {
        throw badInput(
          `The KRX calendar covers ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}; ${day} is outside it`,
          { argument },
        );
      }
    }
  }
  return range;
}

/** Distinct KRX codes from a list argument, each checked; at most `max`. */
export function symbolList(
  symbols: readonly string[],
  max: number,
  argument = 'symbols',
): string[] {
  if (symbols.length < 1 || symbols.length > max) {
    throw badInput(`Give 1 to ${max} KRX codes`, { argument });
  }
  return [...new Set(symbols.map((symbol) => parseKrxSymbol(symbol, argument)))];
}

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
