import { createHash } from 'node:crypto';
import {
  FEATURE_DEFINITIONS_VERSION,
  FEATURE_HASH,
  FEATURES,
  sha256Hex,
} from '@capstone/forecasting';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const nodeSha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('sha256 without node:crypto', () => {
  it('agrees with node:crypto on any bytes, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(nodeSha256(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('hashes strings as UTF-8, Korean included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
    );
    expect(sha256Hex('변동성')).toBe(nodeSha256('변동성'));
  });
});

describe('the feature hash', () => {
  it('is the sha256 of the definitions version and each feature name, formula and lookback, in column order', () => {
    const canonical = JSON.stringify({
      version: FEATURE_DEFINITIONS_VERSION,
      features: FEATURES.map((f) => [f.name, f.definition, f.lookback]),
    });
    expect(FEATURE_HASH).toBe(nodeSha256(canonical));
  });
});
