import { randomUUID } from "node:crypto";
import { Socket } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { AppError } from "../app-error";
import { enforceRateLimit } from "./enforce";
import { createFallbackStore } from "./fallback-store";
import { createRateLimiter } from "./limiter";
import { createMemoryStore } from "./memory-store";
import { createRedisStore } from "./redis-store";
import type { ProcedureRateLimit } from "./rules";
import type { RateLimitStore } from "./types";

const REDIS_URL = process.env.REDIS_URL && process.env.REDIS_URL !== "off" ? process.env.REDIS_URL : "redis://127.0.0.1:6379";

async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(500);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.connect(Number(port || 6379), hostname);
  });
}
const redisUp = await reachable(REDIS_URL);

const rule = { name: "test", windowMs: 1_000, max: 2 };
const toClose: RateLimitStore[] = [];
afterAll(async () => {
  await Promise.all(toClose.map((s) => s.close?.()));
});

describe("memory store", () => {
  it("counts per key in fixed windows", async () => {
    let now = 1_000_000;
    const limiter = createRateLimiter(createMemoryStore({ now: () => now }));
    expect(await limiter.consume(rule, "a")).toEqual({ allowed: true, remaining: 1 });
    expect(await limiter.consume(rule, "a")).toEqual({ allowed: true, remaining: 0 });
    expect((await limiter.consume(rule, "a")).allowed).toBe(false);
    expect((await limiter.consume(rule, "b")).allowed).toBe(true);
    now += 1_000; // window over
    expect((await limiter.consume(rule, "a")).allowed).toBe(true);
  });

  it("stays bounded under a flood of distinct keys", async () => {
    const store = createMemoryStore({ maxKeys: 100 });
    for (let i = 0; i < 1_000; i += 1) await store.hit(`k${i}`, 60_000);
    // The newest keys still count correctly.
    expect((await store.hit("k999", 60_000)).count).toBe(2);
  });
});

describe.skipIf(!redisUp)(`redis store (${REDIS_URL})`, () => {
  it("shares counters between two clients (= two processes) and expires them", async () => {
    const prefix = `healio:test:${randomUUID()}:`;
    const one = createRedisStore({ url: REDIS_URL, prefix });
    const two = createRedisStore({ url: REDIS_URL, prefix });
    toClose.push(one, two);
    const a = createRateLimiter(one);
    const b = createRateLimiter(two);
    const short = { name: "shared", windowMs: 300, max: 2 };
    expect((await a.consume(short, "ip:1")).allowed).toBe(true);
    expect((await b.consume(short, "ip:1")).allowed).toBe(true);
    const third = await a.consume(short, "ip:1");
    expect(third).toEqual({ allowed: false, retryAfterSeconds: 1 });
    await new Promise((r) => setTimeout(r, 350));
    expect((await b.consume(short, "ip:1")).allowed).toBe(true);
  });
});

describe("fallback store", () => {
  it("counts in-process while the shared store is unreachable, and says so once", async () => {
    const log = vi.fn();
    const down = createRedisStore({ url: "redis://127.0.0.1:1", commandTimeoutMs: 100 });
    const store = createFallbackStore(down, createMemoryStore(), log);
    toClose.push(store);
    const limiter = createRateLimiter(store);
    expect((await limiter.consume(rule, "x")).allowed).toBe(true);
    expect((await limiter.consume(rule, "x")).allowed).toBe(true);
    expect((await limiter.consume(rule, "x")).allowed).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/unavailable/);
  });
});

describe("enforceRateLimit (the tRPC middleware's logic)", () => {
  const limits: Record<string, ProcedureRateLimit> = {
    "x.search": { rule, key: "ip", applies: (i) => Boolean((i as { q?: string } | undefined)?.q), reason: "test" },
    "x.place": { rule, key: "user", reason: "test" },
  };
  const run = (limiter: ReturnType<typeof createRateLimiter>, path: string, o: { ip?: string; user?: string; input?: unknown }) =>
    enforceRateLimit({ path, limiter, clientIp: o.ip, userId: o.user, getRawInput: async () => o.input, limits });

  it("keys per IP or per user, only where it applies, and reports the wait", async () => {
    const limiter = createRateLimiter(createMemoryStore());
    for (let i = 0; i < 5; i += 1) await run(limiter, "x.search", { ip: "1.1.1.1", input: {} }); // no search: not counted
    await run(limiter, "x.search", { ip: "1.1.1.1", input: { q: "a" } });
    await run(limiter, "x.search", { ip: "1.1.1.1", input: { q: "a" } });
    const error = await run(limiter, "x.search", { ip: "1.1.1.1", input: { q: "a" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS", details: { retryAfterSeconds: 1 } });
    await run(limiter, "x.search", { ip: "2.2.2.2", input: { q: "a" } });

    // Per user: a new IP does not help.
    await run(limiter, "x.place", { ip: "1.1.1.1", user: "u1" });
    await run(limiter, "x.place", { ip: "3.3.3.3", user: "u1" });
    await expect(run(limiter, "x.place", { ip: "4.4.4.4", user: "u1" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await run(limiter, "x.place", { ip: "1.1.1.1", user: "u2" });
  });

  it("does nothing without a limiter (server-side callers) or without a key", async () => {
    await expect(
      enforceRateLimit({ path: "x.place", limiter: undefined, clientIp: "1.1.1.1", userId: "u", getRawInput: async () => ({}), limits }),
    ).resolves.toBeUndefined();
    const limiter = createRateLimiter(createMemoryStore());
    for (let i = 0; i < 5; i += 1) await run(limiter, "x.search", { input: { q: "a" } });
  });
});
