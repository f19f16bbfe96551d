import { describe, expect, it } from 'vitest';
import { masterDirectory } from './support/directory.js';
import { editDistance, InstrumentDirectory, keystrokes } from './support/agent-under-test.js';

const directory = masterDirectory();
const symbols = (text: string) => directory.scan(text).matches.map((match) => match.entry.symbol);
const ambiguous = (text: string) =>
  directory.scan(text).ambiguous.map((mention) => mention.candidates.map((entry) => entry.symbol));

describe('instruments named in a message (real KIS master files)', () => {
  it('reads the 4,389 KOSPI and KOSDAQ securities of the master files', () => {
    expect(directory.size).toBe(4389);
  });

  it.each([
    ['삼성전자', '005930', 'the listed Korean name'],
    ['005380', '005380', 'a 6-digit code'],
    ['0126Z0', '0126Z0', 'a new alphanumeric code'],
    ['Samsung Electronics', '005930', 'the English name'],
    ['sk hynix', '000660', 'the English name in lower case'],
    ['삼성 전자', '005930', 'a name split by a space'],
    ['SK 하이닉스', '000660', 'a name split by a space'],
    ['삼전', '005930', 'a curated short name'],
    ['하닉', '000660', 'a curated short name'],
    ['현차', '005380', 'a curated short name'],
    ['엔솔', '373220', 'a curated short name'],
    ['LG엔솔', '373220', 'a curated short name with its group'],
    ['모비스', '012330', 'an alias that overrides a smaller company of that name'],
    ['하이닉스', '000660', 'the end of a name'],
    ['삼성바이오', '207940', 'the start of a name'],
    ['hynix', '000660', 'a whole last word of an English name'],
    ['kb financial', '105560', 'whole first words of an English name'],
    ['엘지화학', '051910', 'a Hangul reading of Latin letters'],
    ['네이버', '035420', 'a Hangul reading of the Latin name'],
    ['포스코홀딩스', '005490', 'a Hangul reading of the Latin part of a name'],
    ['삼성전지', '005930', 'a vowel one key away (ㅏ/ㅣ)'],
    ['sk하이닉쓰', '000660', 'a shifted key (ㅆ for ㅅ)'],
    ['kakoa', '035720', 'two swapped letters'],
    ['셀트리오', '068270', 'a dropped final consonant'],
    ['현대모비즈', '012330', 'one wrong consonant'],
    ['카카오랑', '035720', 'a name followed by a particle'],
    ['하이닉스도', '000660', 'a partial name followed by a particle'],
  ])('%s is %s (%s)', (text, symbol) => {
    expect(symbols(text)).toEqual([symbol]);
  });

  it('finds several instruments in one message, in order', () => {
    expect(symbols('현차 기아 엔솔 시세 한번에')).toEqual(['005380', '000270', '373220']);
    expect(symbols('price of celltrion and kakoa')).toEqual(['068270', '035720']);
  });

  it('prefers the common stock to its preferred share or an ETF with the name in it', () => {
    expect(symbols('삼성전자')).toEqual(['005930']);
    expect(symbols('삼성전자우')).toEqual(['005935']);
  });

  it('offers the likeliest choices, largest first, when a name fits several stocks', () => {
    const [choices] = ambiguous('현대');
    expect(choices?.slice(0, 2)).toEqual(['005380', '012330']);
    expect(ambiguous('삼성')[0]).toContain('005930');
    expect(ambiguous('samsung')[0]).toContain('005930');
  });

  it('finds no instrument in ordinary words that begin or end real names', () => {
    for (const text of ['새로 만들어줘', '오르는', '금융', '테스트', '전자', '바이오']) {
      expect(symbols(text), text).toEqual([]);
    }
  });

  it('matches only codes a directory knows and needs no directory entries to be common stock', () => {
    const small = new InstrumentDirectory([
      { symbol: '005930', nameKo: '삼성전자', nameEn: 'Samsung Electronics' },
    ]);
    expect(small.scan('123456').matches).toEqual([]);
    expect(small.scan('삼성전지').matches.map((match) => match.how)).toEqual(['typo']);
  });
});

describe('typing distance', () => {
  it('counts Korean typos in keys, with neighbouring keys at half a slip', () => {
    expect(keystrokes('삼성전자')).toBe('tkatjdwjswk');
    expect(editDistance(keystrokes('삼성전지'), keystrokes('삼성전자'))).toBe(0.5);
    expect(editDistance(keystrokes('삼성전지'), keystrokes('삼성전기'))).toBe(1);
  });

  it('counts a swap of neighbouring letters as one slip and gives up past the limit', () => {
    expect(editDistance('kakoa', 'kakao')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBeGreaterThan(1);
  });
});
