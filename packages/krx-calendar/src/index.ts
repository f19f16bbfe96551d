/**
 * @capstone/krx-calendar — the KRX trading calendar and session hours in Asia/Seoul. Pure
 * TypeScript with no Node-only API, so the web app can use it too. See README.md.
 */
export {
  CALENDAR_YEARS,
  CalendarRangeError,
  holidayOn,
  holidayTableCovers,
  isTradingDay,
  krxHolidays,
  nextTradingDay,
  previousTradingDay,
  scheduledOpen,
  tradingDays,
  type KrxHoliday,
} from './calendar.js';
export { addDays, dayNumber, InvalidDateError, seoulDate, seoulInstant, weekday } from './dates.js';
export { CSAT_DAYS, HOLIDAY_NAMES, type HolidayKind } from './holidays.js';
export {
  compareWithKisHolidays,
  HolidayAnswerError,
  normalizeHolidayAnswers,
  registerKisHolidayAnswers,
  type CalendarDisagreement,
  type HolidayAnswer,
  type KisHolidayRow,
  type RegisteredHolidayAnswers,
} from './kis-holidays.js';
export { clearHolidayOverrides, holidayOverrides } from './overrides.js';
export {
  officialCloseAt,
  sessionAt,
  sessionHours,
  sessionSegmentsAt,
  type Session,
  type SessionHours,
  type SessionPhase,
  type SessionSegment,
  type SessionWindow,
} from './session.js';
export {
  setCalendarWarningHandler,
  type CalendarWarning,
  type CalendarWarningHandler,
} from './warnings.js';
