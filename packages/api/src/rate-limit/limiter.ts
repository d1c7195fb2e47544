import type { RateLimitDecision, RateLimiter, RateLimitRule, RateLimitStore } from "./types";

export function createRateLimiter(store: RateLimitStore): RateLimiter {
  return {
    async consume(rule: RateLimitRule, key: string): Promise<RateLimitDecision> {
      const { count, resetAt } = await store.hit(`${rule.name}:${key}`, rule.windowMs);
      if (count <= rule.max) return { allowed: true, remaining: rule.max - count };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)) };
    },
    async close() {
      await store.close?.();
    },
  };
}
