import { TRPCError } from "@trpc/server";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { cartAddInput } from "../cart/cart.schema";
import { listingUpdateInput } from "../listing/listing.schema";
import { medicineListInput } from "../medicine/medicine.schema";
import { myOrdersInput } from "../order/order.schema";
import { handleTrpcRequest } from "../http";
import { createMemoryStore, createRateLimiter } from "../rate-limit";
import { createCaller } from "../root";
import { buildWorld, type World } from "../security/harness/world";
import { buildOpenApiDocument } from "./openapi";
import { restClient, tokenResolver, WEB } from "./rest-test-client";

/**
 * The trap of trpc-to-openapi (it rewrote shared schemas to coerce "1" -> 1 for every transport)
 * must not exist here: after the OpenAPI document is built and REST traffic has flowed, tRPC still
 * refuses strings for numbers and booleans, and the shared schemas are unchanged.
 */
let t: TestDatabase;
let db: Db;
let w: World;
const shared = { medicineListInput, cartAddInput, listingUpdateInput, myOrdersInput };
let before: Record<string, unknown>;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  w = await buildWorld(db);
  before = Object.fromEntries(Object.entries(shared).map(([k, s]) => [k, z.toJSONSchema(s, { io: "input" })]));
});
afterAll(async () => {
  await t?.drop();
});

async function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );
}

describe("no coercion leaks from REST into tRPC", () => {
  it("REST converts query strings itself; tRPC keeps refusing coerced values afterwards", async () => {
    buildOpenApiDocument();
    const actors = Object.fromEntries(Object.entries(w.people).map(([k, p]) => [k, p.actor]));
    const rest = restClient(db, tokenResolver(actors));
    expect((await rest.call("GET", `/api/medicines?limit=5&page=1&minPrice=1&inStock=true`)).status).toBe(200);
    expect((await rest.call("GET", "/api/orders?limit=5", { as: "customerA" })).status).toBe(200);
    expect((await rest.call("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { price: "3.50" } })).status).toBe(200);
    // And REST itself does not coerce JSON bodies either.
    expect((await rest.call("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { priceCents: "350" } })).status).toBe(400);

    const customer = createCaller({ db, actor: w.people.customerA.actor });
    const seller = createCaller({ db, actor: w.people.sellerA.actor });
    expect(await code(customer.medicine.list({ limit: "5" } as never))).toBe("BAD_REQUEST");
    expect(await code(customer.medicine.list({ minPrice: "100" } as never))).toBe("BAD_REQUEST");
    expect(await code(customer.medicine.list({ inStock: "true" } as never))).toBe("BAD_REQUEST");
    expect(await code(customer.cart.add({ medicineId: w.medicineA.id, quantity: true } as never))).toBe("BAD_REQUEST");
    expect(await code(customer.cart.add({ medicineId: w.medicineA.id, quantity: "2" } as never))).toBe("BAD_REQUEST");
    expect(await code(customer.order.mine({ limit: "5" } as never))).toBe("BAD_REQUEST");
    expect(await code(seller.listing.update({ id: w.medicineA.id, priceCents: "999" } as never))).toBe("BAD_REQUEST");
    // The valid forms still work (the refusals above are about types, not a broken caller).
    expect(await code(customer.medicine.list({ limit: 5 }))).toBe("OK");
    expect(await code(customer.cart.add({ medicineId: w.medicineA.id, quantity: 2 }))).toBe("OK");

    // Over tRPC's own HTTP handler too.
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ limit: "5" })));
    const res = await handleTrpcRequest(new Request(`${WEB}/api/trpc/medicine.list?input=${input}`), {
      db,
      resolveActor: async () => null,
      trustedOrigins: [WEB],
      rateLimiter: createRateLimiter(createMemoryStore()),
    });
    expect(res.status).toBe(400);

    const after = Object.fromEntries(Object.entries(shared).map(([k, s]) => [k, z.toJSONSchema(s, { io: "input" })]));
    expect(after).toEqual(before);
  });
});
