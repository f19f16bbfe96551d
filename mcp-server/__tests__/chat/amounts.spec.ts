import { describe, expect, it } from 'vitest';
import { parseKrwAmount, scanNumbers } from './support/agent-under-test.js';

describe('KRW amounts as people type them', () => {
  it.each([
    ['1억원', '100000000'],
    ['1억', '100000000'],
    ['5천만 원', '50000000'],
    ['5천만원', '50000000'],
    ['₩10,000,000', '10000000'],
    ['10,000,000원', '10000000'],
    ['3억 5천', '350000000'],
    ['3억 5000', '350000000'],
    ['1억 2,345만 원', '123450000'],
    ['1억 2,345만 6,789원', '123456789'],
    ['4만 2천원', '42000'],
    ['1.5억', '150000000'],
    ['2조', '2000000000000'],
    ['2조 5천', '2500000000000'],
    ['천만원', '10000000'],
    ['오천만원', '50000000'],
    ['삼억', '300000000'],
    ['만원', '10000'],
    ['50만원', '500000'],
    ['10 million won', '10000000'],
    ['₩2.5m', '2500000'],
    ['KRW 5,000,000', '5000000'],
    ['1.23456억', '123456000'],
  ])('%s is %s won', (text, won) => {
    expect(parseKrwAmount(text)).toBe(won);
  });

  it('rounds a fraction of a won half up, never to a float', () => {
    expect(parseKrwAmount('0.0000000155억')).toBe('2');
    expect(parseKrwAmount('9007199254740993원')).toBe('9007199254740993');
  });

  it.each(['', 'abc', '0원', '천천히', '5m', '1억 원 입금해줘', '만들어'])(
    '%j is not an amount on its own',
    (text) => {
      expect(parseKrwAmount(text)).toBeNull();
    },
  );
});

describe('numbers found in a sentence', () => {
  const found = (text: string) =>
    scanNumbers(text).map((number) => [text.slice(number.start, number.end), number.unit]);

  it('tells shares, years, percentages and counts apart by the word after them', () => {
    expect(found('삼성전자 10주 매수')).toEqual([['10', 'ju']]);
    expect(found('sell 5 shares')).toEqual([['5', 'share']]);
    expect(found('99% VaR 252일 20,000 paths')).toEqual([
      ['99', 'percent'],
      ['252', 'day'],
      ['20,000', 'count'],
    ]);
    expect(found('2019년부터 6개월')).toEqual([
      ['2019', 'year'],
      ['6', 'month'],
    ]);
    expect(found('경로 5만개')).toEqual([['5만', 'count']]);
  });

  it('does not read Korean units inside words or digits inside codes as numbers', () => {
    expect(found('삼성전자만 천천히 추천해줘 만들어줘')).toEqual([]);
    expect(found('run-12 v2')).toEqual([]);
  });

  it('keeps a year after an amount out of the amount', () => {
    expect(found('1억 2020년')).toEqual([
      ['1억', 'none'],
      ['2020', 'year'],
    ]);
  });
});
