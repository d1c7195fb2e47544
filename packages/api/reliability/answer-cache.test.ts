import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createShop } from "../src/testing/commerce";
import { startWebApp, waitFor, type AppProcess } from "./harness/app-process";
import { startTcpProxy, type TcpProxy } from "./harness/tcp-proxy";
import { placeOrder, signedInCustomers } from "./harness/world";

// The production server keeps anonymous catalogue answers in memory (scripts/serve/response-cache.mjs)
// and drops them on every catalogue change the database announces. These tests write the way an
// operator or another process would (straight into the database, or through another request) and
// read the way a shopper's browser does (anonymous GETs), against the real server process.
//
// The app reaches PostgreSQL through a proxy that delivers everything the server sends 80 ms late,
// notifications included, while the test writes directly: a read right after a write always beats
// the notification here, so only the server's barrier (a round trip on the LISTEN connection before
// an answer is served from memory) keeps it from getting the answer from before the write.

let t: TestDatabase;
let app: AppProcess | undefined;
let proxy: TcpProxy | undefined;
let shop: Awaited<ReturnType<typeof createShop>>;
let medicine: Awaited<ReturnType<Awaited<ReturnType<typeof createShop>>["medicine"]>>;

beforeAll(async () => {
  t = await createTestDatabase();
  const target = new URL(t.url);
  proxy = await startTcpProxy(target.hostname, Number(target.port || 5432), { replyDelayMs: 80 });
  const viaProxy = new URL(t.url);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  app = await startWebApp({ DATABASE_URL: viaProxy.toString() });
  shop = await createShop(t.db);
  medicine = await shop.medicine({ stock: 10, priceCents: 750 });
});
afterAll(async () => {
  await app?.stop("SIGKILL");
  await proxy?.close();
  await t?.drop();
});

type Card = { id: string; stock: number; priceCents: number };
const query = (path: string, input: unknown) => `${app!.url}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
const pageUrl = () => query("medicine.list", { categorySlug: shop.category.slug });
const cardUrl = () => query("medicine.bySlug", { slug: medicine.slug });

async function read(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  const text = await res.text();
  return { res, text, cache: res.headers.get("x-healio-cache") };
}

const cardsOf = (text: string) => (JSON.parse(text) as { result: { data: { json: { items: Card[] } } } }).result.data.json.items;

/** Reads `url` until an answer comes from memory (the LISTEN connection starts with the first request). */
async function readUntilCached(url: string) {
  return waitFor(async () => {
    const r = await read(url);
    return r.cache === "hit" ? r : undefined;
  }, 15_000, `${url} answered from memory`);
}

describe("anonymous catalogue answers kept by the server", () => {
  it("serves a repeated anonymous read from memory, byte for byte, with its own request id", async () => {
    const hit = await readUntilCached(pageUrl());
    const again = await read(pageUrl());
    expect(again.cache).toBe("hit");
    expect(again.text).toBe(hit.text);
    expect(again.res.headers.get("cache-control")).toContain("s-maxage=");
    expect(again.res.headers.get("x-request-id")).not.toBe(hit.res.headers.get("x-request-id"));
    expect(cardsOf(again.text).map((c) => c.id)).toEqual([medicine.id]);
    // The access log has the answer from memory, with its request id.
    await app!.waitForLog((l) => l.msg === "request completed" && l.cache === "hit" && l.requestId === again.res.headers.get("x-request-id"));
  });

  it("never answers a request with a cookie or a bearer token from memory", async () => {
    await readUntilCached(pageUrl());
    for (const headers of [{ cookie: "theme=dark" }, { authorization: "Bearer nope" }] as Record<string, string>[]) {
      const r = await read(pageUrl(), headers);
      expect(r.res.status).toBe(200);
      expect(r.cache).toBeNull();
    }
  });

  it("a stock change written straight into the database is in the very next read, every time", async () => {
    // Repeated: the read races the database's notification, and the barrier must win every time.
    for (let round = 0; round < 15; round++) {
      const before = cardsOf((await readUntilCached(pageUrl())).text)[0]!;
      await t.db.$executeRaw`UPDATE "Batch" SET quantity = quantity + 1 WHERE "medicineId" = ${medicine.id}`;
      const after = await read(pageUrl());
      expect(after.cache).not.toBe("hit");
      expect(cardsOf(after.text)[0]!.stock).toBe(before.stock + 1);
    }
  });

  it("an order placed through the app is in the next anonymous read of the medicine page", async () => {
    const before = await readUntilCached(cardUrl());
    const stockOf = (text: string) => (JSON.parse(text) as { result: { data: { json: Card } } }).result.data.json.stock;
    const [customer] = await signedInCustomers(t.db, 1);
    const placed = await placeOrder(app!.url, customer!, [{ medicineId: medicine.id, quantity: 3 }]);
    expect(placed.status).toBe(200);
    const after = await read(cardUrl());
    expect(after.cache).not.toBe("hit");
    expect(stockOf(after.text)).toBe(stockOf(before.text) - 3);
  });

  it("a seller blocked in the database disappears from the cached page and the medicine page at once", async () => {
    await readUntilCached(pageUrl());
    await readUntilCached(cardUrl());
    await t.db.$executeRaw`UPDATE "user" SET banned = true, "banReason" = 'licence fraud' WHERE id = ${shop.user.id}`;
    const page = await read(pageUrl());
    expect(page.cache).not.toBe("hit");
    expect(cardsOf(page.text)).toEqual([]);
    expect((await read(cardUrl())).res.status).toBe(404);

    await t.db.$executeRaw`UPDATE "user" SET banned = false, "banReason" = NULL WHERE id = ${shop.user.id}`;
    expect(cardsOf((await read(pageUrl())).text).map((c) => c.id)).toEqual([medicine.id]);
  });
});
