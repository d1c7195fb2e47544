import superjson from "superjson";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "../actor";
import { DEFAULT_MAX_BATCH_SIZE, handleTrpcRequest, type HandleTrpcRequestOptions } from "../http";
import { createMemoryStore, createRateLimiter } from "../rate-limit";
import { PROCEDURE_RATE_LIMITS } from "../rate-limit/rules";
import { callPath } from "./harness/call";
import { changedTables, dbFingerprint } from "./harness/fingerprint";
import { primaryActor } from "./harness/matrix";
import { coveredProcedures } from "./harness/procedures";
import { useSecuritySuite } from "./harness/suite";
import { buildWorld } from "./harness/world";
import { SAMPLES } from "./samples";
import { DEFAULT_MAX_BODY_BYTES } from "./request-guard";

const WEB = "http://localhost:3000";
const ADMIN = "http://localhost:3001";
const suite = useSecuritySuite();

function options(actor: Actor | null, extra: Partial<HandleTrpcRequestOptions> = {}): HandleTrpcRequestOptions {
  return {
    db: suite.db,
    resolveActor: async () => actor,
    trustedOrigins: [WEB, `${ADMIN}/`],
    rateLimiter: createRateLimiter(createMemoryStore()),
    ...extra,
  };
}

/** What a browser attaches to every request to the site: the session cookie (what CSRF rides on). */
const BROWSER_COOKIE = { cookie: "better-auth.session_token=browser-session" };

function post(path: string, input: unknown, headers: Record<string, string>, body?: BodyInit): Request {
  return new Request(`${WEB}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...BROWSER_COOKIE, ...headers },
    body: body ?? JSON.stringify(superjson.serialize(input)),
  });
}

function get(path: string, input: unknown, headers: Record<string, string> = {}): Request {
  const query = `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  return new Request(`${WEB}/api/trpc/${path}${query}`, { headers });
}

/** A real mutation, its sample input and its caller, for the state-change checks. */
async function someMutation() {
  const m = coveredProcedures((p) => p.type === "mutation").find((p) => {
    const caller = primaryActor(p.entry, p.sample);
    return caller !== undefined && caller !== "anonymous" && caller !== "banned";
  });
  if (!m) throw new Error("no mutation with a signed-in sample caller");
  const world = await buildWorld(suite.db);
  const input = await m.sample.input(world, suite.db);
  const caller = primaryActor(m.entry, m.sample) as keyof typeof world.people;
  return { path: m.path, input, actor: world.people[caller].actor };
}

describe("CSRF: mutations with cookies need a trusted Origin", () => {
  it.each([
    ["no Origin or Referer", {}],
    ["a foreign Origin", { origin: "http://evil.example" }],
    ["a look-alike Origin", { origin: "http://localhost:3000.evil.example" }],
    ["Origin null (sandboxed frame)", { origin: "null" }],
    ["a foreign Referer", { referer: "http://evil.example/page" }],
  ])("refuses %s with 403, before reading the session, changing nothing", async (_name, headers) => {
    const { path, input, actor } = await someMutation();
    const resolveActor = vi.fn(async () => actor);
    const before = await dbFingerprint(suite.db);
    const res = await handleTrpcRequest(post(path, input, headers), { ...options(actor), resolveActor });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { json: { data: { code: string } } } };
    expect(body.error.json.data.code).toBe("FORBIDDEN");
    expect(resolveActor).not.toHaveBeenCalled();
    expect(changedTables(before, await dbFingerprint(suite.db))).toEqual([]);
  });

  it.each([
    ["the storefront Origin", { origin: WEB }],
    ["the console Origin (listed with a trailing slash)", { origin: ADMIN }],
    ["a trusted Referer without Origin", { referer: `${WEB}/cart?x=1` }],
  ])("accepts %s", async (_name, headers) => {
    const { path, input, actor } = await someMutation();
    const res = await handleTrpcRequest(post(path, input, headers), options(actor));
    expect(res.status).toBe(200);
  });

  it("lets a cookie-less mutation (Authorization: Bearer from a non-browser client) through without Origin", async () => {
    const { path, input, actor } = await someMutation();
    const resolveActor = vi.fn(async (headers: Headers) => (headers.get("authorization") === "Bearer t0ken" ? actor : null));
    const req = new Request(`${WEB}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer t0ken" },
      body: JSON.stringify(superjson.serialize(input)),
    });
    const res = await handleTrpcRequest(req, { ...options(actor), resolveActor });
    expect(res.status).toBe(200);
    expect(resolveActor).toHaveBeenCalled();
  });

  it("still refuses a bearer request that also carries a cookie from a foreign Origin", async () => {
    const { path, input, actor } = await someMutation();
    const before = await dbFingerprint(suite.db);
    const req = post(path, input, { origin: "http://evil.example", authorization: "Bearer t0ken" });
    const res = await handleTrpcRequest(req, options(actor));
    expect(res.status).toBe(403);
    expect(changedTables(before, await dbFingerprint(suite.db))).toEqual([]);
  });

  it("lets cross-site GET queries through (no side effects; CORS keeps the answer from the other site)", async () => {
    const res = await handleTrpcRequest(get("health.check", undefined, { origin: "http://evil.example" }), options(null));
    expect(res.status).toBe(200);
  });
});

describe("content type and body size", () => {
  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])(
    "refuses a %s mutation with 415, changing nothing",
    async (contentType) => {
      const { path, input, actor } = await someMutation();
      const before = await dbFingerprint(suite.db);
      const req = post(path, input, { origin: WEB, "content-type": contentType });
      const res = await handleTrpcRequest(req, options(actor));
      expect(res.status).toBe(415);
      expect(changedTables(before, await dbFingerprint(suite.db))).toEqual([]);
    },
  );

  it("accepts application/json with a charset", async () => {
    const { path, input, actor } = await someMutation();
    const req = post(path, input, { origin: WEB, "content-type": "application/json; charset=utf-8" });
    expect((await handleTrpcRequest(req, options(actor))).status).toBe(200);
  });

  it("refuses bodies over the limit with 413, declared or streamed without a length", async () => {
    const { path, input, actor } = await someMutation();
    const big = JSON.stringify({ json: { ...(input as object), pad: "x".repeat(DEFAULT_MAX_BODY_BYTES) } });
    const before = await dbFingerprint(suite.db);
    expect((await handleTrpcRequest(post(path, input, { origin: WEB }, big), options(actor))).status).toBe(413);

    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const chunked = new Request(`${WEB}/api/trpc/${path}`, {
      method: "POST",
      headers: { origin: WEB, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.headers.get("content-length")).toBeNull();
    expect((await handleTrpcRequest(chunked, options(actor))).status).toBe(413);
    expect(changedTables(before, await dbFingerprint(suite.db))).toEqual([]);
    expect((await handleTrpcRequest(post(path, input, { origin: WEB }), options(actor, { maxBodyBytes: 10 }))).status).toBe(413);
  });
});

describe("batches", () => {
  it(`refuses a batch of more than DEFAULT_MAX_BATCH_SIZE (${DEFAULT_MAX_BATCH_SIZE}) calls with 400`, async () => {
    const batch = (n: number) => {
      const paths = Array.from({ length: n }, () => "health.check").join(",");
      return new Request(`${WEB}/api/trpc/${paths}?batch=1&input=${encodeURIComponent("{}")}`);
    };
    expect((await handleTrpcRequest(batch(DEFAULT_MAX_BATCH_SIZE), options(null))).status).toBe(200);
    expect((await handleTrpcRequest(batch(DEFAULT_MAX_BATCH_SIZE + 1), options(null))).status).toBe(400);
  });
});

describe("malformed requests never reach a 500", () => {
  it.each([
    ["broken JSON", "{\"json\": {"],
    ["deep nesting", `{"json":${"[".repeat(20_000)}${"]".repeat(20_000)}}`],
    ["superjson meta aimed at the prototype", JSON.stringify({ json: { a: 1 }, meta: { values: { "__proto__.polluted": ["undefined"], "a.__proto__": ["Date"] } } })],
    ["an own __proto__ key", '{"json":{"__proto__":{"polluted":true}}}'],
  ])("%s", async (_name, body) => {
    const { path, actor } = await someMutation();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await handleTrpcRequest(post(path, undefined, { origin: WEB }, body), options(actor));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe("rate limits over HTTP", () => {
  it("limits searches per client IP with 429 + Retry-After; other IPs and non-search listing are unaffected", async () => {
    const rule = PROCEDURE_RATE_LIMITS["medicine.list"]?.rule;
    expect(rule).toBeDefined();
    const opts = options(null);
    const search = (ip: string, input: unknown = { search: "ibuprofen" }) =>
      handleTrpcRequest(get("medicine.list", input, { "x-forwarded-for": `${ip}, 10.0.0.1` }), opts);
    for (let i = 0; i < (rule?.max ?? 0); i += 1) expect((await search("203.0.113.9")).status).toBe(200);
    const limited = await search("203.0.113.9");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(Math.ceil((rule?.windowMs ?? 0) / 1000));
    const body = (await limited.json()) as { error: { json: { data: { code: string } } } };
    expect(body.error.json.data.code).toBe("TOO_MANY_REQUESTS");
    expect((await search("198.51.100.4")).status).toBe(200);
    expect((await search("203.0.113.9", { limit: 5 })).status).toBe(200); // browsing without search
  });

  it("passes the client IP into the context (X-Real-IP when there is no X-Forwarded-For)", async () => {
    const opts = options(null);
    const rule = PROCEDURE_RATE_LIMITS["medicine.list"]?.rule;
    for (let i = 0; i < (rule?.max ?? 0); i += 1) {
      await handleTrpcRequest(get("medicine.list", { search: "x" }, { "x-real-ip": "192.0.2.7" }), opts);
    }
    const res = await handleTrpcRequest(get("medicine.list", { search: "x" }, { "x-real-ip": "192.0.2.7" }), opts);
    expect(res.status).toBe(429);
  });

  it("limits order.place per user, whatever IP the requests come from", async () => {
    const rule = PROCEDURE_RATE_LIMITS["order.place"]?.rule;
    const sample = SAMPLES["order.place"];
    if (!rule || !sample) throw new Error("order.place limit or sample missing");
    const world = await buildWorld(suite.db);
    const rateLimiter = createRateLimiter(createMemoryStore());
    const place = async (who: "customerA" | "customerB", i: number) =>
      callPath(
        { db: suite.db, actor: world.people[who].actor, rateLimiter, clientIp: `192.0.2.${i}` },
        "order.place",
        await sample.input(world, suite.db),
      );
    for (let i = 0; i < rule.max; i += 1) {
      const outcome = await place("customerA", i);
      expect(outcome.ok || outcome.code !== "TOO_MANY_REQUESTS").toBe(true);
    }
    const limited = await place("customerA", 99);
    expect(limited.ok ? "OK" : limited.code).toBe("TOO_MANY_REQUESTS");
    const other = await place("customerB", 99);
    expect(other.ok || other.code !== "TOO_MANY_REQUESTS").toBe(true);
  });
});
