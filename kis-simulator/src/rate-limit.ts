/**
 * KIS's per-appkey request limit as a token bucket: `rate` requests may arrive at once, then the
 * bucket refills at `rate` per second. On the clock the simulator is given, so a frozen test
 * clock never refills.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  allow(key: string, rate: number, now: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: rate, at: now };
    const elapsed = Math.max(0, now - bucket.at);
    bucket.tokens = Math.min(rate, bucket.tokens + (elapsed * rate) / 1000);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return allowed;
  }
}
