import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  /** Tries in total, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 250, maxDelayMs: 8_000 };

/**
 * Exponential backoff with "equal jitter": half the step is fixed so a retry never comes back
 * immediately, the other half random so that processes throttled together do not retry together.
 * `retry` counts from 0 for the first retry.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(step / 2 + random() * (step / 2));
}

export interface RetryHooks {
  /** Whether this failure is worth another try. */
  retryable(error: unknown): boolean;
  onRetry?(error: unknown, delayMs: number, retry: number): void;
}

/** Runs `operation` until it succeeds, fails in a way not worth retrying, or runs out of tries. */
export async function withRetry<T>(
  policy: RetryPolicy,
  hooks: RetryHooks,
  operation: (attempt: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt + 1 >= policy.attempts || !hooks.retryable(error)) throw error;
      const delayMs = backoffDelay(attempt, policy);
      hooks.onRetry?.(error, delayMs, attempt);
      await sleep(delayMs);
    }
  }
}
