import { hasHangul } from './text.js';

export type Language = 'ko' | 'en';

/**
 * Korean when most words of the message are Korean: a word with any Hangul counts as Korean
 * (names such as "LG엔솔" included), a word of Latin letters as English, numbers and symbols not
 * at all. A capitalised word counts half: in "Growth 분기 VaR 99" the Latin words are a name and
 * a term inside a Korean sentence. A tie goes to Korean, the platform's first language. A message
 * with no words of either kind (a number, "ㅇㅇ") keeps the conversation's language.
 */
export function detectLanguage(message: string, fallback: Language = 'ko'): Language {
  let korean = 0;
  let english = 0;
  for (const word of message.split(/\s+/)) {
    if (hasHangul(word) || /[\u3131-\u318E]/.test(word)) korean += 1;
    else if (/[A-Za-z]{2,}/.test(word)) english += /^[A-Z]/.test(word) ? 0.5 : 1;
  }
  if (korean === 0 && english === 0) return fallback;
  return korean >= english ? 'ko' : 'en';
}
