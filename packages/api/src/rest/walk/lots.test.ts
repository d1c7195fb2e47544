import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@healio/db";
import type { World } from "../../security/harness/world";
import { createBatch } from "../../testing/factories";
import { restWalk } from "./harness";

/** REST walk: lots (list, expiring soon, quarantine) and recalls (create, list, detail, close); see harness.ts. */
const walk = restWalk("lots");
const { ok, refused } = walk;
let db: Db;
let w: World;
let soonLot: { id: string; lotNumber: string };
beforeAll(async () => {
  ({ db, w } = walk);
  soonLot = await createBatch(db, { medicineId: w.medicineA.id, quantity: 4, expiresAt: new Date(Date.now() + 10 * 86_400_000) });
});

describe("lots", () => {
  it("GET /api/medicines/{id}/batches: its seller or an admin, earliest expiry first", async () => {
    const path = `/api/medicines/${w.medicineA.id}/batches`;
    const lots = await ok("GET", path, { as: "sellerA" });
    expect(lots[0]).toMatchObject({ id: soonLot.id, lotNumber: soonLot.lotNumber, quantity: 4, state: "AVAILABLE", sellable: true, recall: null });
    expect(lots).toHaveLength(2);
    expect((await ok("GET", path, { as: "admin" })).map((l: { id: string }) => l.id)).toContain(soonLot.id);
    await refused("GET", path, { as: "sellerB" }, 404, "NOT_FOUND");
    await refused("GET", path, { as: "customerA" }, 403);
    await refused("GET", path, {}, 401);
  });

  it("GET /api/batches/expiring: own lots on sale within 30/60/90 days; strict query", async () => {
    const mine = await ok("GET", "/api/batches/expiring?withinDays=30&limit=10", { as: "sellerA" });
    expect(mine.items.map((l: { id: string }) => l.id)).toEqual([soonLot.id]);
    expect(mine.items[0]).toMatchObject({ medicine: { id: w.medicineA.id }, seller: { id: w.people.sellerA.id } });
    expect((await ok("GET", "/api/batches/expiring", { as: "sellerB" })).items).toEqual([]);
    expect((await ok("GET", "/api/batches/expiring?withinDays=90", { as: "admin" })).items.map((l: { id: string }) => l.id)).toContain(soonLot.id);
    expect((await refused("GET", "/api/batches/expiring?withinDays=45", { as: "sellerA" }, 400)).fields?.withinDays).toBeDefined();
    expect((await refused("GET", "/api/batches/expiring?limit=0", { as: "sellerA" }, 400)).fields?.limit).toBeDefined();
    await refused("GET", "/api/batches/expiring", { as: "customerA" }, 403);
  });

  it("PATCH /api/batches/{id}/quarantine: the owning seller only, with a note, along AVAILABLE <-> QUARANTINED", async () => {
    const path = `/api/batches/${soonLot.id}/quarantine`;
    expect((await refused("PATCH", path, { as: "sellerA", body: { quarantine: true, note: "x" } }, 400)).fields?.note).toBeDefined();
    await refused("PATCH", path, { as: "sellerA", body: { quarantine: "yes", note: "Damaged delivery" } }, 400);
    await refused("PATCH", path, { as: "sellerA", body: { quarantine: true, note: "Damaged delivery", state: "AVAILABLE" } }, 400);
    await refused("PATCH", path, { as: "sellerB", body: { quarantine: true, note: "Damaged delivery" } }, 404);
    await refused("PATCH", path, { as: "admin", body: { quarantine: true, note: "Damaged delivery" } }, 404);
    await refused("PATCH", path, { as: "customerA", body: { quarantine: true, note: "Damaged delivery" } }, 403);
    expect(await ok("PATCH", path, { as: "sellerA", body: { quarantine: true, note: "Damaged delivery" } })).toEqual({ id: soonLot.id, state: "QUARANTINED" });
    await refused("PATCH", path, { as: "sellerA", body: { quarantine: true, note: "Damaged delivery" } }, 409, "CONFLICT");
    expect((await ok("GET", "/api/batches/expiring", { as: "sellerA" })).items).toEqual([]);
    expect(await ok("PATCH", path, { as: "sellerA", body: { quarantine: false, note: "Checked: packs intact" } })).toMatchObject({ state: "AVAILABLE" });
  });
});

describe("recalls", () => {
  it("POST, GET list and detail, PATCH close: the lot's seller (admins too); others 404; strict bodies", async () => {
    const body = { batchId: soonLot.id, reason: "Particles found in vials of this lot" };
    expect((await refused("POST", "/api/recalls", { as: "sellerA", body: { ...body, reason: "bad" } }, 400)).fields?.reason).toBeDefined();
    await refused("POST", "/api/recalls", { as: "sellerA", body: { ...body, unitsBlocked: 0 } }, 400);
    await refused("POST", "/api/recalls", { as: "sellerB", body }, 404, "NOT_FOUND");
    await refused("POST", "/api/recalls", { as: "customerA", body }, 403);
    await refused("POST", "/api/recalls", { body }, 401);
    const { id } = await ok("POST", "/api/recalls", { as: "sellerA", body }, 201);
    expect(await db.batch.findUniqueOrThrow({ where: { id: soonLot.id } })).toMatchObject({ state: "RECALLED" });
    await refused("POST", "/api/recalls", { as: "admin", body }, 409, "CONFLICT");

    const open = await ok("GET", "/api/recalls?status=open&limit=5", { as: "sellerA" });
    expect(open.items.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(open.items[0]).toMatchObject({ status: "OPEN", unitsBlocked: 4, lot: { id: soonLot.id, state: "RECALLED" }, medicine: { id: w.medicineA.id } });
    expect((await ok("GET", "/api/recalls", { as: "sellerB" })).items).toEqual([]);
    expect((await refused("GET", "/api/recalls?status=LOST", { as: "sellerA" }, 400)).fields?.status).toBeDefined();

    expect(await ok("GET", `/api/recalls/${id}`, { as: "sellerA" })).toMatchObject({ id, status: "OPEN", orders: [], customers: [] });
    await ok("GET", `/api/recalls/${id}`, { as: "admin" });
    await refused("GET", `/api/recalls/${id}`, { as: "sellerB" }, 404);

    const path = `/api/recalls/${id}/close`;
    expect((await refused("PATCH", path, { as: "sellerA", body: { note: "done" } }, 400)).fields?.note).toBeDefined();
    await refused("PATCH", path, { as: "sellerB", body: { note: "All packs returned to the maker" } }, 404);
    const closed = await ok("PATCH", path, { as: "sellerA", body: { note: "All packs returned to the maker" } });
    expect(closed).toMatchObject({ id, status: "CLOSED", closeNote: "All packs returned to the maker" });
    await refused("PATCH", path, { as: "admin", body: { note: "All packs returned to the maker" } }, 409);
    expect((await ok("GET", "/api/recalls?status=CLOSED", { as: "admin" })).items.map((r: { id: string }) => r.id)).toContain(id);
    // Closing never puts the lot back on sale.
    expect((await ok("GET", `/api/medicines/${w.medicineA.id}/batches`, { as: "sellerA" }))[0]).toMatchObject({ state: "RECALLED", sellable: false });
  });
});
