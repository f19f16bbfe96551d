import { isTradingDay } from './calendar.js';
import { addDays, seoulDate, seoulInstant } from './dates.js';
import { CSAT_DAYS, SESSION_EXTENDED_ON } from './holidays.js';

export type SessionPhase = 'pre-open' | 'regular' | 'closing-auction' | 'after-hours' | 'closed';

export interface SessionHours {
  date: string;
  /** Order acceptance for the opening call auction starts (30 minutes before the open). */
  preOpenAt: Date;
  opensAt: Date;
  /** Start of the 10-minute closing single-price auction. */
  closingAuctionAt: Date;
  closesAt: Date;
  /** End of the after-hours closing-price and single-price sessions. */
  afterHoursEndAt: Date;
  /** Why the hours differ from a normal day, if they do. */
  special: 'first-trading-day' | 'csat' | null;
}

export interface Session {
  /** The Seoul calendar date of the instant. */
  date: string;
  phase: SessionPhase;
  /** The regular session of that date; null when the date is not a trading day. */
  opensAt: Date | null;
  closesAt: Date | null;
}

const csatDays = new Set(CSAT_DAYS);

// Scans forward from 1 January rather than back, so that 2010 never looks into uncovered 2009.
function isFirstTradingDayOfYear(date: string): boolean {
  let day = `${date.slice(0, 4)}-01-01`;
  while (!isTradingDay(day)) day = addDays(day, 1);
  return day === date;
}

/**
 * The session hours of a trading day, or null on a closed day. Regular hours are 09:00–15:30
 * (15:00 before 2016-08-01). The first trading day of a year opens at 10:00 after the opening
 * ceremony; on CSAT day the whole day shifts an hour later (10:00–16:30).
 */
export function sessionHours(date: string): SessionHours | null {
  if (!isTradingDay(date)) return null;
  const closeMinute = date < SESSION_EXTENDED_ON ? 15 * 60 : 15 * 60 + 30;
  let openShift = 0;
  let closeShift = 0;
  let special: SessionHours['special'] = null;
  if (csatDays.has(date)) {
    openShift = closeShift = 60;
    special = 'csat';
  } else if (isFirstTradingDayOfYear(date)) {
    openShift = 60;
    special = 'first-trading-day';
  }
  const at = (minutes: number) => seoulInstant(date, 0, minutes);
  const open = 9 * 60 + openShift;
  const close = closeMinute + closeShift;
  return {
    date,
    preOpenAt: at(open - 30),
    opensAt: at(open),
    closingAuctionAt: at(close - 10),
    closesAt: at(close),
    afterHoursEndAt: at(18 * 60 + closeShift),
    special,
  };
}

/** Where the KRX session stands at an instant. */
export function sessionAt(instant: Date): Session {
  const date = seoulDate(instant);
  const hours = sessionHours(date);
  if (!hours) return { date, phase: 'closed', opensAt: null, closesAt: null };
  const t = instant.getTime();
  let phase: SessionPhase = 'closed';
  if (t >= hours.preOpenAt.getTime() && t < hours.opensAt.getTime()) phase = 'pre-open';
  else if (t >= hours.opensAt.getTime() && t < hours.closingAuctionAt.getTime()) phase = 'regular';
  else if (t >= hours.closingAuctionAt.getTime() && t < hours.closesAt.getTime()) {
    phase = 'closing-auction';
  } else if (t >= hours.closesAt.getTime() && t < hours.afterHoursEndAt.getTime()) {
    phase = 'after-hours';
  }
  return { date, phase, opensAt: hours.opensAt, closesAt: hours.closesAt };
}
