import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@healio/db";
import type { World } from "../../security/harness/world";
import { restWalk } from "./harness";

/** REST walk: the medicine routes, public reads and sellers' writes (see harness.ts). */
const walk = restWalk("medicines");
const { ok, refused } = walk;
let db: Db;
let w: World;
beforeAll(() => {
  ({ db, w } = walk);
});

describe("medicines", () => {
  it("GET lists with cents + decimal prices, strict query strings, page 1 only", async () => {
    const page = await ok("GET", "/api/medicines?limit=50&page=1", {});
    const a = page.items.find((m: { id: string }) => m.id === w.medicineA.id);
    expect(a.priceCents).toBe(w.medicineA.priceCents);
    expect(a.price).toBe((w.medicineA.priceCents / 100).toFixed(2));
    expect(page.items.some((m: { id: string }) => m.id === w.archivedMedicineA.id)).toBe(false);

    expect((await refused("GET", "/api/medicines?page=2", {}, 400)).fields?.page).toBeDefined();
    for (const bad of ["limit=5abc", "limit=1.5", "limit=-1", "minPrice=1e3", "minPrice=0x10", "maxPrice=ten", "sort=cheapest", "prescription=maybe"]) {
      const error = await refused("GET", `/api/medicines?${bad}`, {}, 400, "BAD_REQUEST");
      expect(Object.keys(error.fields ?? {})).toEqual([bad.split("=")[0]]);
    }
    const cheap = await ok("GET", `/api/medicines?maxPrice=${w.medicineA.priceCents}&minPrice=${w.medicineA.priceCents}`, {});
    expect(cheap.items.every((m: { priceCents: number }) => m.priceCents === w.medicineA.priceCents)).toBe(true);
  });

  it("GET /api/medicines/{id}: detail with rating summary; archived and unknown are 404", async () => {
    const detail = await ok("GET", `/api/medicines/${w.medicineA.id}`, {});
    expect(detail).toMatchObject({ id: w.medicineA.id, ratingSummary: { count: 0 } });
    await refused("GET", `/api/medicines/${w.archivedMedicineA.id}`, {}, 404, "NOT_FOUND");
    await refused("GET", "/api/medicines/does-not-exist", {}, 404);
  });

  it("POST takes the original body (price, stock, image, manufacturer name) for sellers only", async () => {
    const body = {
      name: "Restamol",
      description: "Pain relief",
      price: 12.5,
      stock: 30,
      image: "https://images.example/restamol.png",
      manufacturer: "Rest Labs",
      categoryId: w.category.id,
      genericName: "Paracetamol",
      strength: "500 mg",
      dosageForm: "tablet",
      packSize: "20 tablets",
    };
    const created = await ok("POST", "/api/medicines", { as: "sellerA", body }, 201);
    expect(created).toMatchObject({ name: "Restamol", priceCents: 1250, price: "12.50", stock: 30, imageUrl: body.image });
    expect(await db.medicine.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ sellerId: w.people.sellerA.id, priceCents: 1250 });

    await refused("POST", "/api/medicines", { as: "customerA", body }, 403);
    await refused("POST", "/api/medicines", { body }, 401);
    expect((await refused("POST", "/api/medicines", { as: "sellerA", body: { ...body, price: 12.345 } }, 400)).fields?.price).toBeDefined();
    expect((await refused("POST", "/api/medicines", { as: "sellerA", body: { ...body, price: "12,50" } }, 400)).fields).toBeDefined();
    await refused("POST", "/api/medicines", { as: "sellerA", body: { ...body, sellerId: w.people.sellerB.id } }, 400);
    const { name: _n, ...missing } = body;
    expect((await refused("POST", "/api/medicines", { as: "sellerA", body: missing }, 400)).fields?.name).toBeDefined();
    expect(await db.medicine.count({ where: { name: "Restamol" } })).toBe(1);
  });

  it("POST with only the original API's fields derives the rest (and says so in the answer)", async () => {
    const minimal = {
      name: "Minimol 250 mg Capsules",
      description: "Pack of 16 capsules",
      price: "3.20",
      stock: 8,
      image: "https://images.example/minimol.png",
      manufacturer: "Minimal Labs",
      categoryId: w.category.id,
    };
    const created = await ok("POST", "/api/medicines", { as: "sellerA", body: minimal }, 201);
    expect(created).toMatchObject({
      name: minimal.name,
      genericName: minimal.name,
      strength: "250 mg",
      dosageForm: "Capsule",
      packSize: "16 capsules",
      priceCents: 320,
      stock: 8,
      requiresPrescription: false,
    });
    const bare = await ok("POST", "/api/medicines", { as: "sellerA", body: { ...minimal, name: "Plainly Named", description: "" } }, 201);
    expect(bare).toMatchObject({ strength: "Not stated", dosageForm: "Not stated", packSize: "1 pack" });
    // Sellable at once: it shows in the public catalogue.
    expect(await ok("GET", `/api/medicines/${created.id}`, {})).toMatchObject({ id: created.id, price: "3.20" });
  });

  it("PUT/PATCH change only the owner's medicine; DELETE archives (owner or admin)", async () => {
    const patched = await ok("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { price: "9.99" } });
    expect(patched).toMatchObject({ priceCents: 999, price: "9.99" });
    const put = await ok("PUT", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { description: "Updated" } });
    expect(put.priceCents).toBe(999);
    await refused("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "sellerB", body: { price: 1 } }, 404, "NOT_FOUND");
    await refused("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "customerA", body: { price: 1 } }, 403);
    expect((await refused("PATCH", `/api/medicines/${w.medicineA.id}`, { as: "sellerA", body: { stock: 5 } }, 400)).fields?.stock).toBeDefined();
    expect((await db.medicine.findUniqueOrThrow({ where: { id: w.medicineA.id } })).priceCents).toBe(999);

    await refused("DELETE", `/api/medicines/${w.medicineB.id}`, { as: "sellerA" }, 404);
    await refused("DELETE", `/api/medicines/${w.medicineB.id}`, { as: "customerB" }, 403);
    expect(await ok("DELETE", `/api/medicines/${w.medicineB.id}`, { as: "admin" })).toMatchObject({ status: "ARCHIVED" });
    await ok("GET", "/api/medicines", {});
    await refused("GET", `/api/medicines/${w.medicineB.id}`, {}, 404);
  });
});
