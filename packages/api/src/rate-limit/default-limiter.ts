import { apiEnv } from "../env";
import { createFallbackStore } from "./fallback-store";
import { createRateLimiter } from "./limiter";
import { createMemoryStore } from "./memory-store";
import { createRedisStore } from "./redis-store";
import type { RateLimiter } from "./types";

const globalForLimiter = globalThis as unknown as { healioRateLimiter?: RateLimiter };

/**
 * The process-wide limiter of the HTTP handler: counters in Redis (REDIS_URL, default
 * redis://127.0.0.1:6379) so limits hold across processes and both apps, with an in-process
 * fallback whenever Redis is unreachable. REDIS_URL=off: in-process only. Created on first use.
 */
export function getDefaultRateLimiter(): RateLimiter {
  if (!globalForLimiter.healioRateLimiter) {
    const memory = createMemoryStore();
    const url = apiEnv.REDIS_URL;
    const store = url === "off" ? memory : createFallbackStore(createRedisStore({ url }), memory);
    globalForLimiter.healioRateLimiter = createRateLimiter(store);
  }
  return globalForLimiter.healioRateLimiter;
}
