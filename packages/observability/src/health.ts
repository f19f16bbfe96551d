/** A dependency whose reachability decides readiness, such as a database or Redis. */
export interface ReadinessCheck {
  name: string;
  /** Resolves when the dependency answers; rejects (or times out) when it does not. */
  check: () => Promise<unknown>;
  /** A check that is optional reports its state but does not make the service unready. */
  optional?: boolean;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; optional?: boolean; error?: string; ms: number }>;
}

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs every check at once and reports each; ready only when every required check passed. */
export async function checkReadiness(checks: readonly ReadinessCheck[]): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check, optional }) => {
      const started = performance.now();
      try {
        await withTimeout(Promise.resolve().then(check), CHECK_TIMEOUT_MS);
        return [
          name,
          { ok: true, ...(optional ? { optional } : {}), ms: elapsed(started) },
        ] as const;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return [
          name,
          { ok: false, ...(optional ? { optional } : {}), error: message, ms: elapsed(started) },
        ] as const;
      }
    }),
  );
  const ready = results.every(([, result]) => result.ok || result.optional === true);
  return { ready, checks: Object.fromEntries(results) };
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
