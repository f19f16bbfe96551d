import { createHash } from 'node:crypto';
import { badInput, conflict } from '@capstone/errors';
import type { PrismaClient } from './prisma.js';

type TransactionClient = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const KEY_PATTERN = /^[\w.:-]{1,100}$/;

export interface IdempotentRequest {
  ownerId: string;
  key: string | null | undefined;
  operation: string;
  /** The request's arguments; a key reused for other arguments is refused. */
  request: unknown;
}

/**
 * Runs `work` in one database transaction. With a key, the key is recorded in that same
 * transaction, so a retried request (or two racing copies of it) returns the first result
 * and the work happens once.
 */
export async function idempotent(
  prisma: PrismaClient,
  { ownerId, key, operation, request }: IdempotentRequest,
  work: (tx: TransactionClient) => Promise<string>,
): Promise<string> {
  if (key == null) return prisma.$transaction(work, { timeout: 15_000 });
  if (!KEY_PATTERN.test(key)) {
    throw badInput(
      {
        ko: '멱등성 키는 영문자·숫자·. _ : - 로 된 1~100자입니다',
        en: 'An idempotency key has 1 to 100 letters, digits, or . _ : -',
      },
      { argument: 'idempotencyKey' },
    );
  }
  const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
  const earlier = async () => {
    const record = await prisma.idempotencyRecord.findUnique({
      where: { ownerId_key: { ownerId, key } },
    });
    if (!record) return undefined;
    if (record.operation !== operation || record.requestHash !== requestHash) {
      throw conflict(
        {
          ko: '이 멱등성 키는 이미 다른 요청에 쓰였습니다',
          en: 'This idempotency key was already used for a different request',
        },
        { argument: 'idempotencyKey' },
      );
    }
    return record.resultId;
  };
  const done = await earlier();
  if (done) return done;
  try {
    return await prisma.$transaction(
      async (tx) => {
        const resultId = await work(tx);
        await tx.idempotencyRecord.create({
          data: { ownerId, key, operation, requestHash, resultId },
        });
        return resultId;
      },
      { timeout: 15_000 },
    );
  } catch (error) {
    // A copy of this request may have committed first (its work or its key then clashed
    // with ours): answer as it did.
    const raced = await earlier();
    if (raced) return raced;
    throw error;
  }
}

export type { TransactionClient };
