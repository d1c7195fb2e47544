import { rootLogger } from "../observability/logger";
import type { RateLimitStore } from "./types";

/**
 * Uses `primary` (Redis) and, whenever it fails, `fallback` (in-process memory): limits never turn
 * off because Redis is down, they just become per-process. Logs the switch once each way.
 */
export function createFallbackStore(
  primary: RateLimitStore,
  fallback: RateLimitStore,
  log: (message: string) => void = (m) => rootLogger().warn({ component: "rate-limit" }, m),
): RateLimitStore {
  let degraded = false;
  return {
    async hit(key, windowMs) {
      try {
        const result = await primary.hit(key, windowMs);
        if (degraded) log("[rate-limit] shared store is back; counting there again");
        degraded = false;
        return result;
      } catch (error) {
        if (!degraded) log(`[rate-limit] shared store unavailable (${(error as Error).message}); counting in-process`);
        degraded = true;
        return fallback.hit(key, windowMs);
      }
    },
    async close() {
      await Promise.all([primary.close?.(), fallback.close?.()]);
    },
  };
}
