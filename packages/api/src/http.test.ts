import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import type { Actor } from "./actor";
import { handleTrpcRequest } from "./http";
import { captureLog } from "./testing/capture-log";
import { actorOf, createUser } from "./testing/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.resetModules();
});

const anonymous = async () => null;
const trustedOrigins = ["http://localhost:3000"];

/** A GET query the way @trpc/client sends it with the superjson transformer. */
function get(path: string, input?: unknown): Request {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return new Request(`http://localhost/api/trpc/${path}${query}`);
}

type ErrorBody = {
  error: {
    json: {
      message: string;
      data: { code: string; httpStatus: number; stack?: string; zodError: unknown; appError: unknown };
    };
  };
};

describe("handleTrpcRequest", () => {
  it("serves public procedures with superjson", async () => {
    const res = await handleTrpcRequest(get("health.check"), { db: t.db, resolveActor: anonymous, trustedOrigins });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { json: { status: string; db: string; time: string } } } };
    expect(body.result.data.json).toMatchObject({ status: "ok", db: "ok", time: expect.any(String) });
  });

  it("resolves the actor from the request headers", async () => {
    const user = await createUser(t.db);
    const resolveActor = vi.fn(async (headers: Headers): Promise<Actor | null> =>
      headers.get("cookie") === "session=ok" ? actorOf(user) : null,
    );
    const req = get("me.get");
    req.headers.set("cookie", "session=ok");
    const ok = await handleTrpcRequest(req, { db: t.db, resolveActor, trustedOrigins });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { result: { data: { json: Record<string, unknown> } } };
    expect(body.result.data.json).toMatchObject({ id: user.id, email: user.email });
    expect(Object.keys(body.result.data.json).sort()).toEqual(
      ["createdAt", "email", "emailVerified", "id", "image", "name", "phone", "role", "sellerProfile"].sort(),
    );

    const anon = await handleTrpcRequest(get("me.get"), { db: t.db, resolveActor, trustedOrigins });
    expect(anon.status).toBe(401);
  });

  it("returns 400 with flattened zod field errors for invalid input", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await handleTrpcRequest(get("medicine.list", { limit: 101, extra: 1 }), {
      db: t.db,
      resolveActor: anonymous,
      trustedOrigins,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
    expect(body.error.json.data.zodError).toMatchObject({
      formErrors: [expect.stringContaining("extra")],
      fieldErrors: { limit: [expect.any(String)] },
    });
    expect(error).not.toHaveBeenCalled(); // client errors are not logged
  });

  it("returns 404 with the AppError code for a missing medicine", async () => {
    const res = await handleTrpcRequest(get("medicine.bySlug", { slug: "nope" }), {
      db: t.db,
      resolveActor: anonymous,
      trustedOrigins,
    });
    expect(res.status).toBe(404);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.json.message).toBe("Medicine not found.");
    expect(body.error.json.data.appError).toEqual({ code: "NOT_FOUND", details: null });
  });

  it("in production, internal errors are logged server-side but reach the client without details", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules(); // re-read env: trpc.ts decides production mode at import time
    const { handleTrpcRequest: handle } = await import("./http");
    const { logger, lines } = captureLog();
    const brokenDb = {
      $queryRaw: () => Promise.reject(new Error('password authentication failed for user "healio" at 10.0.0.5')),
    } as unknown as Db;

    const res = await handle(get("health.check"), { db: brokenDb, resolveActor: anonymous, trustedOrigins, logger });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("10.0.0.5");
    expect(text).not.toContain("password");
    const body = JSON.parse(text) as ErrorBody;
    expect(body.error.json.message).toBe("Internal server error");
    expect(body.error.json.data.stack).toBeUndefined();

    // Logged once, with the cause and its stack, the procedure and the request id it answered with.
    const errors = lines.filter((l) => l.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ procedure: "query health.check", code: "INTERNAL_SERVER_ERROR", actorId: null });
    expect(JSON.stringify(errors[0]?.err)).toContain("10.0.0.5");
    expect(errors[0]?.requestId).toBe(res.headers.get("x-request-id"));
  });
});
