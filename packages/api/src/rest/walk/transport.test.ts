import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@healio/db";
import type { World } from "../../security/harness/world";
import { captureLog } from "../../testing/capture-log";
import { restClient, WEB, type RestResult } from "../rest-test-client";
import { restWalk } from "./harness";

/** REST walk: what the adapter refuses before a procedure runs, rate limits and the fixed 500 (see harness.ts). */
const walk = restWalk("transport");
const { ok, refused, api } = walk;
let db: Db;
let w: World;
beforeAll(() => {
  ({ db, w } = walk);
});

describe("transport refusals", () => {
  it("unknown routes 404, wrong methods 405 with Allow, non-JSON 415, broken JSON 400, body on a bodiless route 400", async () => {
    await refused("GET", "/api/nothing-here", {}, 404);
    const wrong = await api.call("DELETE", "/api/orders", { as: "admin" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST, GET");
    await refused("POST", "/api/categories", { as: "admin", raw: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } }, 415);
    await refused("POST", "/api/categories", { as: "admin", raw: "{\"name\":", headers: { "content-type": "application/json" } }, 400);
    await refused("DELETE", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { really: true } }, 400);
  });

  it("a request with cookies from a foreign Origin is refused before anything runs; bearer without cookie passes", async () => {
    const count = await db.category.count();
    const forged = await api.call("POST", "/api/categories", {
      as: "admin",
      body: { name: "Forged Category" },
      headers: { cookie: "better-auth.session_token=x", origin: "http://evil.example" },
    });
    expect(forged.status).toBe(403);
    expect(await db.category.count()).toBe(count);
    await ok("POST", "/api/categories", { as: "admin", body: { name: "Bearer Category" } }, 201);
    await ok("POST", "/api/categories", { as: "admin", body: { name: "Browser Category" }, headers: { cookie: "a=b", origin: WEB } }, 201);
  });

  it("429 with Retry-After when the search limit is hit", async () => {
    const limited = restClient(db, async () => null);
    let last: RestResult | undefined;
    for (let i = 0; i < 70 && last?.status !== 429; i += 1) {
      last = await limited.call("GET", "/api/medicines?search=paracetamol", { headers: { "x-forwarded-for": "198.51.100.7" } });
    }
    expect(last?.status).toBe(429);
    expect(last?.body.error.code).toBe("TOO_MANY_REQUESTS");
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("a 500 carries a fixed message, never the internal one", async () => {
    const { logger, lines } = captureLog();
    const broken = new Proxy(db, {
      get: (target, key) =>
        key === "$queryRaw" ? () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2")) : Reflect.get(target, key),
    });
    const res = await restClient(broken, async () => null, { logger }).call("GET", "/health");
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
    expect(JSON.stringify(res.body)).not.toMatch(/hunter2|ECONNREFUSED|stack/);
    expect(lines.filter((l) => l.level === "error")).toMatchObject([{ procedure: "GET /health", code: "INTERNAL_SERVER_ERROR" }]);
  });
});
