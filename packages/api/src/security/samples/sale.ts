import type { Db } from "@healio/db";
import { unique } from "../../testing/factories";
import type { World } from "../harness/world";
import { NO_INPUT, type Samples } from "./types";

const HOUR = 3_600_000;

/** A sale event starting in an hour (open to items and changes). */
function futureEvent(db: Db) {
  const slug = unique("sale").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return db.saleEvent.create({ data: { name: "Sample sale", slug, startsAt: new Date(Date.now() + HOUR), endsAt: new Date(Date.now() + 3 * HOUR) } });
}

async function itemOfMedicineA(w: World, db: Db, status: "APPROVED" | "PROPOSED") {
  const event = await futureEvent(db);
  return db.saleItem.create({ data: { eventId: event.id, medicineId: w.medicineA.id, percentOff: 10, status } });
}

export const saleSamples: Samples = {
  "sale.strip": NO_INPUT,
  "sale.bySlug": { input: async (_w, db) => ({ slug: (await futureEvent(db)).slug }) },
  "sale.adminList": { input: () => ({}) },
  "sale.adminGet": { input: async (_w, db) => ({ eventId: (await futureEvent(db)).id }) },
  "sale.proposals": NO_INPUT,
  "sale.create": {
    input: () => ({
      name: "Winter flash sale",
      slug: unique("winter").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
      startsAt: new Date(Date.now() + HOUR),
      endsAt: new Date(Date.now() + 2 * HOUR),
    }),
  },
  "sale.update": { input: async (_w, db) => ({ eventId: (await futureEvent(db)).id, name: "Renamed sale" }) },
  "sale.cancel": { input: async (_w, db) => ({ eventId: (await futureEvent(db)).id, reason: "Supplier delay" }) },
  "sale.addItem": { input: async (w, db) => ({ eventId: (await futureEvent(db)).id, medicineId: w.medicineA.id, salePriceCents: 1 }) },
  "sale.updateItem": { input: async (w, db) => ({ saleItemId: (await itemOfMedicineA(w, db, "APPROVED")).id, percentOff: 20, capUnits: 5 }) },
  "sale.removeItem": { input: async (w, db) => ({ saleItemId: (await itemOfMedicineA(w, db, "APPROVED")).id }) },
  "sale.decide": { input: async (w, db) => ({ saleItemId: (await itemOfMedicineA(w, db, "PROPOSED")).id, approve: true }) },
  "sale.openEvents": NO_INPUT,
  "sale.myItems": { input: () => undefined, as: "sellerA" },
  "sale.propose": {
    input: async (w, db) => ({ eventId: (await futureEvent(db)).id, medicineId: w.medicineA.id, percentOff: 15, perCustomerLimit: 2 }),
    owner: "sellerA",
  },
};
