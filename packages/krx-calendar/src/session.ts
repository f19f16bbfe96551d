import { isTradingDay } from './calendar.js';
import { addDays, seoulDate, seoulInstant } from './dates.js';
import { CSAT_DAYS, SESSION_EXTENDED_ON } from './holidays.js';

/** The coarse phase of the day, kept as it was for the ETL worker and the simulator. */
export type SessionPhase = 'pre-open' | 'regular' | 'closing-auction' | 'after-hours' | 'closed';

/**
 * The KRX trading sessions (매매거래시간). Two can run at once: from 08:30 to 08:40 the pre-market
 * closing-price session trades while the opening auction collects orders.
 */
export type SessionSegment =
  /** 장전 시간외 종가: trades at the previous close. */
  | 'pre-market-closing-price'
  /** 시가 단일가: orders collected for the opening call auction. */
  | 'opening-auction'
  /** 정규시장 접속매매: continuous trading. */
  | 'continuous'
  /** 종가 단일가: the closing call auction. */
  | 'closing-auction'
  /** 장후 시간외 종가: trades at the day's close. */
  | 'post-market-closing-price'
  /** 시간외 단일가: single-price auctions every 10 minutes within ±10% of the close. */
  | 'after-hours-single-price';

export interface SessionWindow {
  startsAt: Date;
  endsAt: Date;
}

export interface SessionHours {
  date: string;
  /** Order acceptance for the opening call auction starts (30 minutes before the open). */
  preOpenAt: Date;
  opensAt: Date;
  /** Start of the 10-minute closing single-price auction. */
  closingAuctionAt: Date;
  closesAt: Date;
  /** End of the after-hours closing-price and single-price sessions (18:00 on every day). */
  afterHoursEndAt: Date;
  /** Why the hours differ from a normal day, if they do. */
  special: 'first-trading-day' | 'csat' | null;
  /** 장전 시간외 종가, 08:30–08:40 (09:30–09:40 on late-opening days). */
  preMarketClosingPrice: SessionWindow;
  /** 장후 시간외 종가, 15:40–16:00 (16:40–17:00 on CSAT day). */
  postMarketClosingPrice: SessionWindow;
  /** 시간외 단일가, 16:00–18:00 (17:00–18:00 on CSAT day). */
  afterHoursSinglePrice: SessionWindow;
  /** From this instant the day's closing price is final; see `officialCloseAt`. */
  officialCloseAt: Date;
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
 * The session hours of a trading day, or null on a closed day.
 *
 * A normal day since 2016-08-01 (KRX 유가증권시장·코스닥시장 업무규정, 매매거래시간):
 * 08:30–08:40 pre-market closing-price session, 08:30–09:00 opening-auction orders, 09:00–15:20
 * continuous trading, 15:20–15:30 closing auction, 15:40–16:00 post-market closing-price session,
 * 16:00–18:00 after-hours single-price session. Before 2016-08-01 the regular session closed at
 * 15:00 and the after-hours sessions followed 10 and 30 minutes later as they do now; the
 * pre-market hours of that era (07:30–08:30 in the press of the time) are not modelled.
 *
 * Late-opening days, from KRX's notices as the press reported them:
 * - the first trading day of a year (opening ceremony): everything before the open moves an hour
 *   later (pre-market closing price 09:30–09:40, open 10:00); the close and after-hours stay;
 * - CSAT day (대학수학능력시험): the open and the close move an hour later (10:00–16:30), the
 *   post-market closing-price session is 16:40–17:00 and the single-price session 17:00–18:00:
 *   after-hours trading still ends at 18:00.
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
  const afterHoursEnd = 18 * 60;
  return {
    date,
    preOpenAt: at(open - 30),
    opensAt: at(open),
    closingAuctionAt: at(close - 10),
    closesAt: at(close),
    afterHoursEndAt: at(afterHoursEnd),
    special,
    preMarketClosingPrice: { startsAt: at(open - 30), endsAt: at(open - 20) },
    postMarketClosingPrice: { startsAt: at(close + 10), endsAt: at(close + 30) },
    afterHoursSinglePrice: { startsAt: at(close + 30), endsAt: at(afterHoursEnd) },
    officialCloseAt: at(close + 10),
  };
}

/**
 * When a trading day's official closing price is final, or null on a closed day.
 *
 * The closing auction ends at `closesAt`, but KRX's random end (임의종료, since 2005) extends a
 * stock's auction by up to five minutes when its provisional price strays 5% or more from the
 * expected one. The post-market closing-price session, ten minutes after the close, trades at that
 * closing price, so by its start the close is final for every stock: that is the instant returned.
 * On late-opening days it follows the shifted close (16:40 on CSAT day).
 */
export function officialCloseAt(date: string): Date | null {
  return sessionHours(date)?.officialCloseAt ?? null;
}

function within(t: number, window: SessionWindow): boolean {
  return t >= window.startsAt.getTime() && t < window.endsAt.getTime();
}

/** The KRX sessions running at an instant (none outside them, on closed days and in the gaps). */
export function sessionSegmentsAt(instant: Date): SessionSegment[] {
  const hours = sessionHours(seoulDate(instant));
  if (!hours) return [];
  const t = instant.getTime();
  const windows: Array<[SessionSegment, SessionWindow]> = [
    ['pre-market-closing-price', hours.preMarketClosingPrice],
    ['opening-auction', { startsAt: hours.preOpenAt, endsAt: hours.opensAt }],
    ['continuous', { startsAt: hours.opensAt, endsAt: hours.closingAuctionAt }],
    ['closing-auction', { startsAt: hours.closingAuctionAt, endsAt: hours.closesAt }],
    ['post-market-closing-price', hours.postMarketClosingPrice],
    ['after-hours-single-price', hours.afterHoursSinglePrice],
  ];
  return windows.filter(([, window]) => within(t, window)).map(([segment]) => segment);
}

/** Where the KRX session stands at an instant. */
export function sessionAt(instant: Date): Session {
  const date = seoulDate(instant);
  const hours = sessionHours(date);
  if (!hours) return { date, phase: 'closed', opensAt: null, closesAt: null };
  const t = instant.getTime();
  let phase: SessionPhase = 'closed';
  if (within(t, { startsAt: hours.preOpenAt, endsAt: hours.opensAt })) phase = 'pre-open';
  else if (within(t, { startsAt: hours.opensAt, endsAt: hours.closingAuctionAt })) {
    phase = 'regular';
  } else if (within(t, { startsAt: hours.closingAuctionAt, endsAt: hours.closesAt })) {
    phase = 'closing-auction';
  } else if (within(t, { startsAt: hours.closesAt, endsAt: hours.afterHoursEndAt })) {
    phase = 'after-hours';
  }
  return { date, phase, opensAt: hours.opensAt, closesAt: hours.closesAt };
}
