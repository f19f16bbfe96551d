import { addDays, CALENDAR_YEARS, holidayOn, isTradingDay, weekday } from '@capstone/krx-calendar';
import { compactDate, isoDate } from '../kst.js';
import { dateParam, ok, type Endpoint } from './endpoint.js';

const DAYS_PER_PAGE = 30;

/**
 * 국내휴장일조회 (KIS_API.md §4.6), real keys only, from @capstone/krx-calendar and the
 * simulator's own closed days (`closedDays`, which the table does not know). Answers 30
 * calendar days from BASS_DT; the next page starts at ctx_area_nk (response header tr_cont "M"
 * while more follows, "D" at the end of the calendar's range).
 */
export const chkHoliday: Endpoint = {
  name: 'chk-holiday',
  trId: 'CTCA0903R',
  realOnly: true,
  handle(query, context, request) {
    const requested = dateParam(query, 'BASS_DT');
    if ('error' in requested) return requested.error;
    const cursor = isoDate(query.get('CTX_AREA_NK')?.trim() ?? '');
    let day = request.trCont === 'N' && cursor ? cursor : requested.value;
    const lastDay = `${CALENDAR_YEARS.last}-12-31`;
    const output: Array<Record<string, string>> = [];
    while (
      output.length < DAYS_PER_PAGE &&
      day <= lastDay &&
      day >= `${CALENDAR_YEARS.first}-01-01`
    ) {
      const open = isTradingDay(day) && !context.closedDays.has(day);
      const weekend = weekday(day) === 0 || weekday(day) === 6;
      // Banks work on KRX-only closures (the year-end closing), so those are business days.
      const businessDay =
        open ||
        (!weekend && (holidayOn(day)?.kinds.every((kind) => kind === 'year-end-closing') ?? false));
      output.push({
        bass_dt: compactDate(day),
        wday_dvsn_cd: String(weekday(day) + 1).padStart(2, '0'),
        bzdy_yn: businessDay ? 'Y' : 'N',
        tr_day_yn: businessDay ? 'Y' : 'N',
        opnd_yn: open ? 'Y' : 'N',
        sttl_day_yn: open ? 'Y' : 'N',
      });
      day = addDays(day, 1);
    }
    const more = day <= lastDay;
    return ok(
      {
        ctx_area_nk: more ? compactDate(day) : '',
        ctx_area_fk: compactDate(requested.value),
        output,
      },
      { tr_cont: more ? 'M' : 'D' },
    );
  },
};
