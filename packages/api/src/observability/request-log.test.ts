import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, createDb, type Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { handleTrpcRequest } from "../http";
import { handleRestRequest } from "../rest";
import { captureLog } from "../testing/capture-log";
import { actorOf, createUser } from "../testing/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const trustedOrigins = ["http://localhost:3000"];
const anonymous = async () => null;
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost/api/trpc/${path}`, { headers });

describe("request ids and JSON logs", () => {
  it("echoes a valid incoming x-request-id and stamps every line of the request with it", async () => {
    const { logger, lines } = captureLog();
    const res = await handleTrpcRequest(get("health.check", { "x-request-id": "lb-1234.abc" }), {
      db: t.db,
      resolveActor: anonymous,
      trustedOrigins,
      logger,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("lb-1234.abc");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.requestId === "lb-1234.abc")).toBe(true);
    expect(lines.at(-1)).toMatchObject({ msg: "request completed", method: "GET", path: "/api/trpc/health.check", status: 200, level: "info" });
  });

  it("replaces a malformed id with a fresh one (no log injection through the header)", async () => {
    const { logger, lines } = captureLog();
    const res = await handleTrpcRequest(get("health.check", { "x-request-id": "x y\"}" }), { db: t.db, resolveActor: anonymous, trustedOrigins, logger });
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.at(-1)?.requestId).toBe(id);
  });

  it("logs a refused call once, with procedure, actor and code, and no stack", async () => {
    const user = await createUser(t.db);
    const { logger, lines } = captureLog();
    const res = await handleTrpcRequest(get(`medicine.bySlug?input=${encodeURIComponent(JSON.stringify({ json: { slug: "no-such-medicine" } }))}`), {
      db: t.db,
      resolveActor: async () => actorOf(user),
      trustedOrigins,
      logger,
    });
    expect(res.status).toBe(404);
    const refusals = lines.filter((l) => l.msg === "call refused");
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ procedure: "query medicine.bySlug", actorId: user.id, code: "NOT_FOUND", status: 404 });
    expect(JSON.stringify(refusals[0])).not.toContain("stack");
  });

  it("gives REST answers a request id too", async () => {
    const { logger, lines } = captureLog();
    const res = await handleRestRequest(new Request("http://localhost/health"), { db: t.db, resolveActor: anonymous, trustedOrigins, logger });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe(lines.at(-1)?.requestId);
  });
});

describe("an exhausted pool or an unreachable database", () => {
  let small: Db;
  beforeAll(async () => {
    small = createDb({ url: t.url, max: 1, connectionTimeoutMs: 500 });
    // Open the one connection now: the bound also applies to opening one, and a busy machine may be slow.
    await small.$queryRaw`SELECT 1`;
  });
  afterAll(async () => {
    if (small) await closeDb(small);
  });

  it("answers 503 with a clear message and Retry-After while /health reports degraded", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holding = small.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await held;
    });
    try {
      await new Promise((r) => setTimeout(r, 50));
      const { logger, lines } = captureLog();
      const res = await handleTrpcRequest(get("category.tree"), { db: small, resolveActor: anonymous, trustedOrigins, logger });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("2");
      const body = (await res.json()) as { error: { json: { message: string; data: { code: string } } } };
      expect(body.error.json.data.code).toBe("SERVICE_UNAVAILABLE");
      expect(body.error.json.message).toMatch(/busy or briefly unavailable/);
      expect(lines.filter((l) => l.level === "warn")).toMatchObject([{ code: "SERVICE_UNAVAILABLE", procedure: "query category.tree" }]);

      const rest = await handleRestRequest(new Request("http://localhost/api/categories"), { db: small, resolveActor: anonymous, trustedOrigins, logger });
      expect(rest.status).toBe(503);
      expect(await rest.json()).toMatchObject({ error: { code: "SERVICE_UNAVAILABLE" } });

      const health = await handleRestRequest(new Request("http://localhost/health"), { db: small, resolveActor: anonymous, trustedOrigins, logger });
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "degraded", db: "saturated" });
    } finally {
      release();
      await holding;
    }
    const after = await handleRestRequest(new Request("http://localhost/health"), { db: small, resolveActor: anonymous, trustedOrigins });
    expect(await after.json()).toMatchObject({ status: "ok", db: "ok" });
  });

  it("answers 503 (not 500) when nothing listens at the database's address, /health included", async () => {
    const url = new URL(t.url);
    url.port = "1"; // nothing listens on port 1
    const down = createDb({ url: url.toString(), max: 1, connectionTimeoutMs: 500 });
    try {
      const res = await handleTrpcRequest(get("category.tree"), { db: down, resolveActor: anonymous, trustedOrigins });
      expect(res.status).toBe(503);
      const health = await handleRestRequest(new Request("http://localhost/health"), { db: down, resolveActor: anonymous, trustedOrigins });
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ error: { code: "SERVICE_UNAVAILABLE" } });
    } finally {
      await closeDb(down);
    }
  });
});
