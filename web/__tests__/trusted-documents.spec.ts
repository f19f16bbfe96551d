// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as documents from '../app/src/generated/graphql/graphql.js';
import { MANIFEST, OPERATIONS_DIR, generateOperations } from '../scripts/operations.js';

const committed = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;

describe('the trusted-documents manifest the gateway reads', () => {
  it('is what the app’s operations generate now (run `npm run codegen --workspace web`)', async () => {
    const manifest = (await generateOperations()).find((file) => file.path === MANIFEST);
    expect(JSON.parse(manifest!.content)).toEqual(committed);
  });

  it('keys every document by the sha256 hex of its exact text', () => {
    for (const [hash, text] of Object.entries(committed)) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    }
  });

  it('holds every operation of app/src/graphql, by the hash the app sends it with', () => {
    const operations = readdirSync(OPERATIONS_DIR)
      .filter((file) => file.endsWith('.graphql'))
      .filter((file) => !readFileSync(`${OPERATIONS_DIR}/${file}`, 'utf8').startsWith('fragment'))
      .map((file) => file.slice(0, -'.graphql'.length));
    expect(operations.length).toBeGreaterThan(20);
    for (const name of operations) {
      const document = (documents as Record<string, unknown>)[`${name}Document`] as {
        __meta__?: { hash: string };
      };
      const text = committed[document.__meta__!.hash];
      expect(text, name).toMatch(
        new RegExp(`^(fragment .*)?(query|mutation|subscription) ${name}\\b`),
      );
    }
  });
});
