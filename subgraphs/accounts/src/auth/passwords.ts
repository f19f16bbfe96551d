import argon2 from 'argon2';
import { badInput } from '@capstone/errors';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

/** Verifies against a stored hash; a malformed hash counts as a mismatch, never a crash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Keeps the hash work for an unknown e-mail the same as for a known one, so response
 * times do not tell an attacker which addresses have accounts.
 */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('capstone-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

export function checkPasswordPolicy(password: string, email: string, argument = 'password'): void {
  if (password.length < 10)
    throw badInput(
      {
        ko: '비밀번호는 10자 이상이어야 합니다',
        en: 'The password must have at least 10 characters',
      },
      { argument },
    );
  if (password.length > 200)
    throw badInput(
      {
        ko: '비밀번호는 200자 이하여야 합니다',
        en: 'The password must have at most 200 characters',
      },
      { argument },
    );
  if (password.toLowerCase().includes(email.split('@')[0]!.toLowerCase())) {
    throw badInput(
      {
        ko: '비밀번호에 이메일 아이디를 넣을 수 없습니다',
        en: 'The password must not contain the e-mail name',
      },
      { argument },
    );
  }
}
