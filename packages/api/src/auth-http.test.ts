import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAuth, TEST_WEB_ORIGIN } from "@healio/auth/testing";
import { createDb, type Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { handleAuthRequest } from "./auth-http";
import { captureLog } from "./testing/capture-log";
import { unique } from "./testing/factories";

/**
 * The apps' /api/auth route: real Better-Auth over a real database, wrapped by handleAuthRequest.
 * A sign-in carries its request id through logs and answer; a pool whose only connection is taken
 * makes sign-in wait out the pool's bound and answer 503 with Retry-After, not Better-Auth's bare 500.
 */
const WEB = TEST_WEB_ORIGIN;
let t: TestDatabase;
let smallDb: Db;

const authFor = (db: Db) => createTestAuth(db);

function post(path: string, body: unknown, requestId?: string): Request {
  return new Request(`${WEB}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: WEB, ...(requestId ? { "x-request-id": requestId } : {}) },
    body: JSON.stringify(body),
  });
}

const person = { email: `${unique("auth").toLowerCase()}@example.test`, password: "auth route passphrase", name: "Route Person" };

beforeAll(async () => {
  t = await createTestDatabase();
  // One connection, a short bounded wait: holding the connection is a pool timeout for the next query.
  smallDb = createDb({ url: t.url, max: 1, connectionTimeoutMs: 300 });
  const signUp = await authFor(t.db).handler(post("/api/auth/sign-up/email", person));
  expect(signUp.status).toBe(200);
});
afterAll(async () => {
  await smallDb?.$disconnect();
  await t?.drop();
});

describe("/api/auth/* with request ids and 503 for an unusable database", () => {
  it("a sign-in echoes the caller's x-request-id and logs its access line with it", async () => {
    const { logger, lines } = captureLog();
    const auth = authFor(t.db);
    const res = await handleAuthRequest(post("/api/auth/sign-in/email", person, "signin-req-42"), (r) => auth.handler(r), { logger });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("signin-req-42");
    expect(res.headers.get("set-cookie")).toContain("session_token");
    expect(lines).toContainEqual(expect.objectContaining({ msg: "request completed", requestId: "signin-req-42", status: 200, path: "/api/auth/sign-in/email" }));

    // Better-Auth's own refusals stay its answers (401), with an id too.
    const wrong = await handleAuthRequest(post("/api/auth/sign-in/email", { ...person, password: "not the passphrase" }), (r) => auth.handler(r), { logger });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sign-in while the pool's only connection is held: 503 SERVICE_UNAVAILABLE with Retry-After, logged as a warning", async () => {
    const { logger, lines } = captureLog();
    const auth = authFor(smallDb);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const holder = smallDb.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      holding();
      await released;
    });
    try {
      await held;
      const res = await handleAuthRequest(post("/api/auth/sign-in/email", person, "busy-signin-1"), (r) => auth.handler(r), { logger });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("2");
      expect(res.headers.get("x-request-id")).toBe("busy-signin-1");
      expect(await res.json()).toEqual({ code: "SERVICE_UNAVAILABLE", message: "The service is busy or briefly unavailable. Please try again in a few seconds." });
      expect(lines).toContainEqual(
        expect.objectContaining({ level: "warn", requestId: "busy-signin-1", code: "SERVICE_UNAVAILABLE", procedure: "POST /api/auth/sign-in/email" }),
      );
      expect(lines.filter((l) => l.level === "error")).toEqual([]);
    } finally {
      release();
      await holder;
    }
    // The connection is free again: the same sign-in succeeds.
    const again = await handleAuthRequest(post("/api/auth/sign-in/email", person), (r) => auth.handler(r), { logger });
    expect(again.status).toBe(200);
  });
});
