// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as documents from '@capstone/operations/web/graphql';
import * as hashes from '@capstone/operations/web/hashes';
import { TRUSTED_DOCUMENTS } from '@capstone/operations/build';

const committed = JSON.parse(readFileSync(TRUSTED_DOCUMENTS, 'utf8')) as Record<string, string>;

/** Every typed document the app can import, by the operation (or fragment) it defines. */
const appDocuments = Object.entries(documents as Record<string, unknown>)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, document]) => ({
    name: name.slice(0, -'Document'.length),
    hash: (document as { __meta__?: { hash?: string } }).__meta__?.hash,
  }));

describe('the trusted-documents manifest the gateway reads', () => {
  it('keys every document by the sha256 hex of its exact text', () => {
    for (const [hash, text] of Object.entries(committed)) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    }
  });

  it('holds every operation the app sends, by the hash the app sends it with (run `npm run operations`)', () => {
    const operations = appDocuments.filter(({ hash }) => hash !== undefined);
    expect(operations.length).toBeGreaterThan(20);
    for (const { name, hash } of operations) {
      expect(committed[hash!], name).toMatch(
        new RegExp(`^(fragment [\\s\\S]*)?(query|mutation|subscription) ${name}\\b`),
      );
    }
  });

  it('gives each operation’s hash alone, the same as its document carries', () => {
    const operations = appDocuments.filter(({ hash }) => hash !== undefined);
    expect(
      Object.fromEntries(
        operations.map(({ name }) => [name, (hashes as Record<string, string>)[`${name}Hash`]]),
      ),
    ).toEqual(Object.fromEntries(operations.map(({ name, hash }) => [name, hash])));
    expect(Object.keys(hashes)).toHaveLength(operations.length);
  });
});
