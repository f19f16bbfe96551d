export {
  CALENDAR_YEARS,
  CalendarRangeError,
  holidayOn,
  isTradingDay,
  krxHolidays,
  nextTradingDay,
  previousTradingDay,
  tradingDays,
  type KrxHoliday,
} from './calendar.js';
export { addDays, InvalidDateError, seoulDate, seoulInstant, weekday } from './dates.js';
export { CSAT_DAYS, HOLIDAY_NAMES, type HolidayKind } from './holidays.js';
export {
  sessionAt,
  sessionHours,
  type Session,
  type SessionHours,
  type SessionPhase,
} from './session.js';
