import { Redis } from "ioredis";
import type { RateLimitStore } from "./types";

// INCR and set the expiry on the first hit, atomically; returns [count, ms left in the window].
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`;

export type RedisStoreOptions = {
  url: string;
  /** Key prefix; default "healio:rl:". */
  prefix?: string;
  /** How long a command may take before the caller falls back; default 250 ms. */
  commandTimeoutMs?: number;
};

/**
 * Shared counters in Redis (hold across processes and both apps). Never queues commands while
 * disconnected: a hit fails fast and the fallback store answers instead.
 */
export function createRedisStore(opts: RedisStoreOptions): RateLimitStore & { redis: Redis } {
  const prefix = opts.prefix ?? "healio:rl:";
  const redis = new Redis(opts.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    commandTimeout: opts.commandTimeoutMs ?? 250,
    // Keep trying in the background, slowly; meanwhile the in-process fallback counts.
    retryStrategy: (attempt) => Math.min(attempt * 1_000, 30_000),
  });
  // Without a listener ioredis prints every connection error; the fallback store logs once instead.
  redis.on("error", () => {});
  let connecting: Promise<void> | undefined;

  return {
    redis,
    async hit(key, windowMs) {
      if (redis.status === "wait") {
        connecting ??= redis.connect().catch(() => {});
        await connecting;
      }
      const [count, ttl] = (await redis.eval(HIT_SCRIPT, 1, prefix + key, String(windowMs))) as [number, number];
      return { count, resetAt: Date.now() + ttl };
    },
    async close() {
      redis.disconnect();
    },
  };
}
