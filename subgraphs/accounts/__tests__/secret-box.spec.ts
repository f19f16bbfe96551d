import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../src/auth/secret-box.js';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('secrets sealed at rest', () => {
  it('seals with AES-256-GCM under the first key, naming it, and opens again', () => {
    const box = createSecretBox(key('k1'));
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(sealed).toMatch(/^aesgcm1\.k1\./);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'totp:user-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a sealed value moved to another row, or tampered with', () => {
    const box = createSecretBox(key('k1'));
    const sealed = box.seal('secret', 'totp:user-1');
    expect(() => box.open(sealed, 'totp:user-2')).toThrow(/does not open/);
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => box.open(tampered, 'totp:user-1')).toThrow(/does not open/);
  });

  it('rotates: a new first key seals, the old one still opens, and old values need resealing', () => {
    const oldKey = key('old');
    const before = createSecretBox(oldKey);
    const sealed = before.seal('secret', 'c');
    const after = createSecretBox(`${key('new')},${oldKey}`);
    expect(after.open(sealed, 'c')).toBe('secret');
    expect(after.needsResealing(sealed)).toBe(true);
    expect(after.needsResealing(after.seal('secret', 'c'))).toBe(false);
    expect(after.needsResealing('JBSWY3DPEHPK3PXP')).toBe(true);
    expect(() => createSecretBox(key('new')).open(sealed, 'c')).toThrow(/no key "old"/);
  });

  it('refuses keys that are not 32 bytes or not named', () => {
    expect(() => createSecretBox('k1:c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => createSecretBox(randomBytes(32).toString('base64'))).toThrow(/<id>:<base64 key>/);
  });
});
