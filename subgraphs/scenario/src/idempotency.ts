import { badInput, conflict } from '@capstone/errors';
import type { PrismaClient } from './prisma.js';
import { canonicalJson, sha256Hex } from './simulation/canonical.js';

type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const KEY_PATTERN = /^[\w.:-]{1,100}$/;

export interface IdempotencyKey {
  ownerId: string;
  key: string | null | undefined;
  operation: string;
  /** The request's arguments; a key reused for other arguments is refused. */
  request: unknown;
}

/**
 * Idempotency keys as the portfolio subgraph has them: a mutation sent again with its key answers
 * what the first one made, and the work happens once. `earlier` is asked before any work (so a
 * retried run submission costs no gateway round trip); `record` writes the key in the
 * transaction that does the work.
 */
export function idempotencyKey(
  prisma: PrismaClient,
  { ownerId, key, operation, request }: IdempotencyKey,
) {
  if (key != null && !KEY_PATTERN.test(key)) {
    throw badInput(
      {
        ko: '멱등 키는 글자, 숫자, . _ : - 로 된 1~100자입니다',
        en: 'An idempotency key has 1 to 100 letters, digits, or . _ : -',
      },
      { argument: 'idempotencyKey' },
    );
  }
  const requestHash = sha256Hex(canonicalJson({ operation, request }));
  return {
    /** The id the first request with this key produced, if there was one. */
    async earlier(): Promise<string | undefined> {
      if (key == null) return undefined;
      const record = await prisma.idempotencyRecord.findUnique({
        where: { ownerId_key: { ownerId, key } },
      });
      if (!record) return undefined;
      if (record.operation !== operation || record.requestHash !== requestHash) {
        throw conflict(
          {
            ko: '이 멱등 키는 이미 다른 요청에 쓰였습니다',
            en: 'This idempotency key was already used for a different request',
          },
          { argument: 'idempotencyKey' },
        );
      }
      return record.resultId;
    },
    async record(tx: TransactionClient, resultId: string): Promise<void> {
      if (key == null) return;
      await tx.idempotencyRecord.create({
        data: { ownerId, key, operation, requestHash, resultId },
      });
    },
  };
}

/**
 * Runs `work` in a transaction that also records the key; when a copy of this request committed
 * first (the key then clashes), answers what it made.
 */
export async function idempotent(
  prisma: PrismaClient,
  request: IdempotencyKey,
  work: (tx: TransactionClient) => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  const key = idempotencyKey(prisma, request);
  const done = await key.earlier();
  if (done) return { id: done, replayed: true };
  try {
    const id = await prisma.$transaction(
      async (tx) => {
        const resultId = await work(tx);
        await key.record(tx, resultId);
        return resultId;
      },
      { timeout: 15_000 },
    );
    return { id, replayed: false };
  } catch (error) {
    const raced = await key.earlier();
    if (raced) return { id: raced, replayed: true };
    throw error;
  }
}

export type { TransactionClient };
