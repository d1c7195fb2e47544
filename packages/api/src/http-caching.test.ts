import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { handleTrpcRequest, PUBLIC_CATALOGUE_CACHE_CONTROL } from "./http";
import { createCaller } from "./root";
import { actorOf, createUser } from "./testing/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const anonymous = async () => null;
const trustedOrigins = ["http://localhost:3000"];

function get(path: string, input?: unknown, headers: Record<string, string> = {}): Request {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return new Request(`http://localhost/api/trpc/${path}${query}`, { headers });
}

describe("HTTP caching of public catalogue answers", () => {
  it("lets shared caches keep an anonymous catalogue page for a few seconds", async () => {
    const res = await handleTrpcRequest(get("medicine.list", {}), { db: t.db, resolveActor: anonymous, trustedOrigins });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(PUBLIC_CATALOGUE_CACHE_CONTROL);
    expect(res.headers.get("vary")).toContain("cookie");
  });

  it("never marks an answer public when the request carries a session cookie or a bearer token", async () => {
    const sessions: Record<string, string>[] = [
      { cookie: "better-auth.session_token=abc.def" },
      { cookie: "theme=dark; __Secure-better-auth.session_token=abc.def" },
      { authorization: "Bearer abc" },
    ];
    for (const headers of sessions) {
      const res = await handleTrpcRequest(get("medicine.list", {}, headers), { db: t.db, resolveActor: anonymous, trustedOrigins });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control") ?? "").not.toContain("public");
    }
  });

  it("keeps errors and non-catalogue procedures out of shared caches", async () => {
    const invalid = await handleTrpcRequest(get("medicine.list", { limit: -1 }), { db: t.db, resolveActor: anonymous, trustedOrigins });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("cache-control") ?? "").not.toContain("public");
    const health = await handleTrpcRequest(get("health.check"), { db: t.db, resolveActor: anonymous, trustedOrigins });
    expect(health.headers.get("cache-control") ?? "").not.toContain("public");
  });
});

describe("HTTP caching around flash-sale boundaries", () => {
  it("keeps catalogue answers out of shared caches while a sale starts or ends within the cache horizon", async () => {
    const now = Date.now();
    const admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
    await admin.sale.create({ name: "Soon sale", slug: `soon-${now}`, startsAt: new Date(now + 10_000), endsAt: new Date(now + 3_600_000) });
    const res = await handleTrpcRequest(get("medicine.list", {}), { db: t.db, resolveActor: anonymous, trustedOrigins });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control") ?? "").not.toContain("public");
  });
});
