import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The areas whose every coded error is written in Korean and English. An area joins the list
 * once its messages are converted; from then on a message given as one string fails here.
 */
const BILINGUAL_AREAS = [
  'gateway/src',
  'packages/auth/src',
  'packages/config/src',
  'packages/server-kit/src',
  'subgraphs/accounts/src',
  'subgraphs/ai/src',
  'subgraphs/market-data/src',
  'subgraphs/portfolio/src',
  'subgraphs/scenario/src',
];

/** The helpers of @capstone/errors, and which of their arguments is the message. */
const MESSAGE_ARGUMENT: Readonly<Record<string, number>> = {
  badInput: 0,
  notFound: 0,
  conflict: 0,
  forbidden: 0,
  unauthenticated: 0,
  clientError: 1,
  BadScalarValue: 0,
};

const root = new URL('../../..', import.meta.url).pathname;

function sourceFiles(area: string): string[] {
  const folder = join(root, area);
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .filter((file) => !file.split(/[\\/]/).includes('generated'))
    .map((file) => join(folder, file));
}

/** Text: a string or template literal, or text joined with `+`. */
function isText(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isText(node.expression);
  if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) return true;
  if (ts.isConditionalExpression(node)) return isText(node.whenTrue) || isText(node.whenFalse);
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    (isText(node.left) || isText(node.right))
  );
}

/**
 * Whether the message may be one string: text written in place, or a name that the same file
 * declares as text or as a `string` (a variable, a parameter, an arrow function's parameter).
 * Read from the syntax alone, so that the check takes a second, not a type-checked program.
 */
function mayBeString(message: ts.Expression, source: ts.SourceFile): boolean {
  if (isText(message)) return true;
  if (!ts.isIdentifier(message)) return false;
  let found = false;
  const visit = (node: ts.Node) => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node)) &&
      ts.isIdentifier(node.name) &&
      node.name.text === message.text
    ) {
      const typeText = node.type?.getText(source);
      if ((node.initializer && isText(node.initializer)) || /\bstring\b/.test(typeText ?? '')) {
        found = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('coded errors in the converted areas', () => {
  it('are given their message as { ko, en }, never as one string', () => {
    const offenders: string[] = [];
    for (const file of BILINGUAL_AREAS.flatMap(sourceFiles)) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
          const name = ts.isIdentifier(node.expression) ? node.expression.text : undefined;
          const index = name === undefined ? undefined : MESSAGE_ARGUMENT[name];
          const message = index === undefined ? undefined : node.arguments?.[index];
          if (message && mayBeString(message, source)) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
            const call = node.getText(source).replace(/\s+/g, ' ').slice(0, 80);
            offenders.push(`${relative(root, file)}:${line + 1}: ${call}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  });

  it('would be caught written as one string', () => {
    const source = ts.createSourceFile(
      'example.ts',
      'const refuse = (message: string) => forbidden(message);\nbadInput(`${x} is bad`);',
      ts.ScriptTarget.Latest,
    );
    const calls: ts.CallExpression[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) calls.push(node);
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(calls.map((call) => mayBeString(call.arguments[0]!, source))).toEqual([true, true]);
  });
});
