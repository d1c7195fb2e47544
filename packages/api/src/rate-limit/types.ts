/** A fixed-window counter store: one counter per key, reset when its window ends. */
export interface RateLimitStore {
  /** Counts one hit for `key`; returns the count in the current window and when the window ends (epoch ms). */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
  /** Releases connections/timers (tests, shutdown). */
  close?(): Promise<void>;
}

export interface RateLimitRule {
  /** Stable name; part of the store key. */
  name: string;
  windowMs: number;
  max: number;
}

export type RateLimitDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request of `key` against `rule`. */
  consume(rule: RateLimitRule, key: string): Promise<RateLimitDecision>;
  close(): Promise<void>;
}
