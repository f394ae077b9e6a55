export interface RateLimit {
  /** Requests a client may make at once. */
  capacity: number;
  /** Requests a second it earns back. */
  perSecond: number;
}

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * One token bucket per key (a remote address). A request takes a token; tokens come back at
 * `perSecond` up to `capacity`. Full buckets are forgotten on prune(), so the map holds only
 * clients that were busy lately.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #limit: RateLimit;
  readonly #now: () => number;

  constructor(limit: RateLimit, now: () => number) {
    this.#limit = limit;
    this.#now = now;
  }

  take(key: string): Admission {
    const now = this.#now();
    const bucket = this.#refilled(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.#limit.perSecond));
    return { ok: false, retryAfterSeconds };
  }

  prune(): void {
    const now = this.#now();
    for (const [key] of this.#buckets) {
      if (this.#refilled(key, now).tokens >= this.#limit.capacity) this.#buckets.delete(key);
    }
  }

  get size(): number {
    return this.#buckets.size;
  }

  #refilled(key: string, now: number): Bucket {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: this.#limit.capacity, at: now };
      this.#buckets.set(key, bucket);
      return bucket;
    }
    const earned = (Math.max(0, now - bucket.at) / 1000) * this.#limit.perSecond;
    bucket.tokens = Math.min(this.#limit.capacity, bucket.tokens + earned);
    bucket.at = now;
    return bucket;
  }
}
