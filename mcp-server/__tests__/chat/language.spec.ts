import { describe, expect, it } from 'vitest';
import { detectLanguage } from './support/agent-under-test.js';

describe('the language of a message', () => {
  it.each([
    ['삼성전자 지금 얼마야?', 'ko'],
    ['NAVER 주가 몇이야', 'ko'],
    ['Growth 최소분산으로 최적화해줘', 'ko'],
    ['sk하이닉쓰 주가', 'ko'],
    ['LG엔솔 price history since 2023', 'en'],
    ['run a stress test on Growth', 'en'],
    ['ㅇㅇ', 'ko'],
  ])('%s is %s', (message, language) => {
    expect(detectLanguage(message)).toBe(language);
  });

  it('falls back to the conversation language when no word is either', () => {
    expect(detectLanguage('20,000', 'en')).toBe('en');
    expect(detectLanguage('99%', 'ko')).toBe('ko');
  });
});
