import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, readApiSchema, readSourceFiles } from '@capstone/operations/build';

const api = readApiSchema();

function catalogueOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const ME = 'query Me {\n  me {\n    id\n  }\n}\n';

describe('catalogue headers', () => {
  it('read descriptions, hints, the tool and its set, and argument notes', () => {
    const dir = catalogueOf({
      'market/Quotes.graphql':
        '# @ko 시세\n# @en Quotes\n# @hints read-only idempotent\n# @tool get_quotes core\n# @arg symbols Up to 200 codes\nquery Quotes($symbols: [String!]!) {\n  quotes(symbols: $symbols) {\n    price\n  }\n}\n',
    });
    const [file] = readSourceFiles(dir);
    expect(file).toMatchObject({
      file: 'market/Quotes.graphql',
      name: 'Quotes',
      kind: 'query',
      description: { ko: '시세', en: 'Quotes' },
      hints: ['read-only', 'idempotent'],
      tool: { name: 'get_quotes', toolset: 'core' },
      args: { symbols: 'Up to 200 codes' },
    });
    expect(file!.body.startsWith('query Quotes')).toBe(true);
  });

  it.each([
    ['# @hint read-only\n', /unknown header key @hint/],
    ['# @hints fast\n', /unknown hint "fast"/],
    ['# @tool GetQuotes core\n', /must be "@tool <snake_case_name>/],
    ['# @tool get_me everything\n', /must be "@tool <snake_case_name>/],
    ['# just words\n', /must read "# @key value"/],
  ])('refuse a mistyped line %j, naming the file', (line, message) => {
    const dir = catalogueOf({ 'account/Me.graphql': `${line}${ME}` });
    expect(() => readSourceFiles(dir)).toThrow(message);
    expect(() => readSourceFiles(dir)).toThrow(/^account\/Me\.graphql: /);
  });

  it('refuse a file whose definition is not named after it', () => {
    const dir = catalogueOf({ 'account/Myself.graphql': ME });
    expect(() => readSourceFiles(dir)).toThrow(
      /must hold exactly one operation or fragment, named Myself/,
    );
  });

  it.each([
    ['# @en Me\n# @hints read-only\n', /needs a description in Korean/],
    ['# @ko 나\n# @en Me\n', /a query changes nothing: declare "@hints read-only"/],
    ['# @ko 나\n# @en Me\n# @hints read-only destructive\n', /contradict/],
    ['# @ko 나\n# @en Me\n# @hints read-only\n# @arg who The user\n', /@arg who names no variable/],
  ])('refuse an operation whose header breaks a rule (%j)', async (header, message) => {
    const dir = catalogueOf({ 'account/Me.graphql': `${header}${ME}` });
    await expect(buildCatalogue({ api, dir })).rejects.toThrow(message);
  });

  it('refuse a mutation that calls itself read-only', async () => {
    const dir = catalogueOf({
      'account/LogOut.graphql':
        '# @ko 로그아웃\n# @en Log out\n# @hints read-only\nmutation LogOut($token: String!) {\n  logOut(refreshToken: $token)\n}\n',
    });
    await expect(buildCatalogue({ api, dir })).rejects.toThrow(/a mutation is not read-only/);
  });

  it('refuse an operation the API schema does not validate, with the reason', async () => {
    const dir = catalogueOf({
      'account/Me.graphql':
        '# @ko 나\n# @en Me\n# @hints read-only\nquery Me {\n  me {\n    shoeSize\n  }\n}\n',
    });
    await expect(buildCatalogue({ api, dir })).rejects.toThrow(
      /account\/Me\.graphql: does not validate against the API schema:\n.*Cannot query field "shoeSize"/,
    );
  });

  it('refuse two operations that claim the same tool', async () => {
    const header = '# @ko 나\n# @en Me\n# @hints read-only\n# @tool who_am_i core\n';
    const dir = catalogueOf({
      'account/Me.graphql': `${header}${ME}`,
      'account/Myself.graphql': `${header}query Myself {\n  me {\n    email\n  }\n}\n`,
    });
    await expect(buildCatalogue({ api, dir })).rejects.toThrow(
      /tool who_am_i is also account\/Me\.graphql's/,
    );
  });
});
