import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (TOTP secrets, the private signing keys), sealed with AES-256-GCM under a key
 * from the environment. Each sealed value names its key, so keys can be rotated: the first key
 * of SECRETS_ENCRYPTION_KEYS seals, every listed key opens, and `needsResealing` finds what the
 * start-up pass should seal again under the first.
 *
 * Format: `aesgcm1.<key id>.<iv>.<tag>.<ciphertext>`, base64url parts. The `context` (e.g.
 * `totp:<user id>`) is authenticated data, so a sealed value moved to another row does not open.
 */
const FORMAT = 'aesgcm1';

export interface SecretBox {
  keyId: string;
  seal: (plaintext: string, context: string) => string;
  open: (sealed: string, context: string) => string;
  isSealed: (value: string) => boolean;
  /** Plain text, or sealed under a key that is no longer the first. */
  needsResealing: (value: string) => boolean;
}

export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

/** Reads `id:base64key,id:base64key`; each key must be 32 bytes. */
export function parseEncryptionKeys(value: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (separator < 1 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
      throw new SecretBoxError('each key must be written <id>:<base64 key>, the id [A-Za-z0-9_-]');
    }
    if (key.length !== 32) throw new SecretBoxError(`key "${id}" must be 32 bytes (base64)`);
    if (keys.has(id)) throw new SecretBoxError(`key id "${id}" is listed twice`);
    keys.set(id, key);
  }
  if (keys.size === 0) throw new SecretBoxError('at least one key is needed');
  return keys;
}

export function createSecretBox(encryptionKeys: string): SecretBox {
  const keys = parseEncryptionKeys(encryptionKeys);
  const [keyId, key] = [...keys][0]!;
  const isSealed = (value: string) => value.startsWith(`${FORMAT}.`);
  return {
    keyId,
    isSealed,
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [FORMAT, keyId, iv, cipher.getAuthTag(), ciphertext]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed, context) {
      const [format, id, iv, tag, ciphertext] = sealed.split('.');
      if (format !== FORMAT || !id || !iv || !tag || ciphertext === undefined) {
        throw new SecretBoxError('the value is not sealed');
      }
      const openingKey = keys.get(id);
      if (!openingKey) throw new SecretBoxError(`no key "${id}" in SECRETS_ENCRYPTION_KEYS`);
      const decipher = createDecipheriv('aes-256-gcm', openingKey, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      try {
        return Buffer.concat([
          decipher.update(Buffer.from(ciphertext, 'base64url')),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretBoxError(`the value sealed under "${id}" does not open (wrong key or row)`);
      }
    },
    needsResealing: (value) => !isSealed(value) || value.split('.')[1] !== keyId,
  };
}
