import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@capstone/errors';

const doc = readFileSync(new URL('../../../docs/api/errors.md', import.meta.url), 'utf8');
const rows = doc
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );

describe('docs/api/errors.md', () => {
  it('documents exactly the codes of the ErrorCode enum', () => {
    const documented = rows.map(([code]) => code!.replaceAll('`', ''));
    expect(documented.toSorted()).toEqual(Object.keys(ERROR_CODES).toSorted());
  });

  it('gives each code the HTTP status the enum gives it', () => {
    for (const [code, status] of rows) {
      const expected = ERROR_CODES[code!.replaceAll('`', '') as keyof typeof ERROR_CODES];
      expect({ code, status: status || undefined }).toEqual({
        code,
        status: expected.httpStatus === undefined ? undefined : String(expected.httpStatus),
      });
    }
  });

  it('explains every code in Korean and English, with what the client should do', () => {
    for (const [code, , meaningKo, meaningEn, doKo, doEn] of rows) {
      for (const [text, language] of [
        [meaningKo, /[가-힣]/],
        [meaningEn, /[A-Za-z]/],
        [doKo, /[가-힣]/],
        [doEn, /[A-Za-z]/],
      ] as const) {
        expect(text, `${code}`).toMatch(language);
      }
    }
  });
});
