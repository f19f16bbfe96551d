import { createDecipheriv } from 'node:crypto';

/**
 * Encrypted frames (leading "1") carry Base64 AES-256-CBC with PKCS#7 padding; the key and IV
 * are the ASCII strings of the TR's subscribe reply (§8.3). Market-data TRs are not encrypted,
 * fill notices are.
 */
export function decryptPayload(payload: string, cipher: { key: string; iv: string }): string {
  const decipher = createDecipheriv(
    'aes-256-cbc',
    Buffer.from(cipher.key, 'utf8'),
    Buffer.from(cipher.iv, 'utf8'),
  );
  return Buffer.concat([decipher.update(payload, 'base64'), decipher.final()]).toString('utf8');
}
