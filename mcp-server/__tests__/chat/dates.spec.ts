import { describe, expect, it } from 'vitest';
import { scanWindow, seoulToday } from './support/agent-under-test.js';

const TODAY = '2025-03-14';
const window = (text: string, today = TODAY) => scanWindow(text, today).window;

describe('date windows', () => {
  it.each([
    ['최근 1년', { from: '2024-03-14', to: TODAY }],
    ['지난 3개월', { from: '2024-12-14', to: TODAY }],
    ['last 5 years', { from: '2020-03-14', to: TODAY }],
    ['over the last year', { from: '2024-03-14', to: TODAY }],
    ['최근 2주', { from: '2025-02-28', to: TODAY }],
    ['반년치', { from: '2024-09-14', to: TODAY }],
    ['2019년부터 2023년까지', { from: '2019-01-01', to: '2023-12-31' }],
    ['2020~2024', { from: '2020-01-01', to: '2024-12-31' }],
    ['from 2020 to 2021', { from: '2020-01-01', to: '2021-12-31' }],
    ['2022-01-01부터 2022-06-30까지', { from: '2022-01-01', to: '2022-06-30' }],
    ['2022년 3월부터', { from: '2022-03-01' }],
    ['since 2016', { from: '2016-01-01' }],
    ['2021년 이후', { from: '2021-01-01' }],
    ['2021년', { from: '2021-01-01', to: '2021-12-31' }],
    ['작년', { from: '2024-01-01', to: '2024-12-31' }],
    ['올해', { from: '2025-01-01', to: TODAY }],
    ['2023년부터 올해까지', { from: '2023-01-01' }],
  ])('%s', (text, expected) => {
    expect(window(text)).toMatchObject(expected);
  });

  it('ends a range that reaches this year today, not on a day still to come', () => {
    expect(window('2020~2025')).toEqual({ from: '2020-01-01', to: TODAY });
  });

  it('keeps month ends and leap days real', () => {
    expect(window('최근 1개월', '2025-03-31')).toEqual({ from: '2025-02-28', to: '2025-03-31' });
    expect(window('최근 1년', '2024-02-29')).toEqual({ from: '2023-02-28', to: '2024-02-29' });
  });

  it('ignores dates that do not exist and bare day counts that may be something else', () => {
    expect(window('2022-02-30')).toEqual({});
    expect(window('10주 매수')).toEqual({});
  });

  it('counts today in Seoul, nine hours ahead of UTC', () => {
    expect(seoulToday(new Date('2025-03-13T15:30:00Z'))).toBe('2025-03-14');
    expect(seoulToday(new Date('2025-03-13T14:59:00Z'))).toBe('2025-03-13');
  });
});
