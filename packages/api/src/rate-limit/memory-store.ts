import type { RateLimitStore } from "./types";

type Counter = { count: number; resetAt: number };

/**
 * In-process fixed-window counters: the fallback when Redis is unavailable, and the store in tests.
 * Per process only (two Next apps each count separately). Bounded: at `maxKeys` the expired
 * counters are swept and, if still full, the oldest are dropped, so a flood of spoofed keys cannot
 * exhaust memory.
 */
export function createMemoryStore(opts: { maxKeys?: number; now?: () => number } = {}): RateLimitStore {
  const maxKeys = opts.maxKeys ?? 50_000;
  const now = opts.now ?? Date.now;
  const counters = new Map<string, Counter>();

  function sweep(at: number) {
    for (const [key, c] of counters) if (c.resetAt <= at) counters.delete(key);
    // Map iterates in insertion order: the first keys are the oldest windows.
    for (const key of counters.keys()) {
      if (counters.size < maxKeys) break;
      counters.delete(key);
    }
  }

  return {
    async hit(key, windowMs) {
      const at = now();
      let counter = counters.get(key);
      if (!counter || counter.resetAt <= at) {
        counters.delete(key);
        if (counters.size >= maxKeys) sweep(at);
        counter = { count: 0, resetAt: at + windowMs };
        counters.set(key, counter);
      }
      counter.count += 1;
      return { count: counter.count, resetAt: counter.resetAt };
    },
    async close() {
      counters.clear();
    },
  };
}
