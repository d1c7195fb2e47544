import type { Db } from "@healio/db";
import { recallBatch } from "../../recall/recall-batch";
import type { World } from "../harness/world";
import type { Samples } from "./types";

// Medicine A's lot (world.ts: order A took a unit from it) and a recall of it by seller A.
async function lotOfA(w: World, db: Db): Promise<string> {
  return (await db.batch.findFirstOrThrow({ where: { medicineId: w.medicineA.id }, select: { id: true } })).id;
}

async function recallOfA(w: World, db: Db): Promise<string> {
  const batchId = await lotOfA(w, db);
  const existing = await db.recall.findUnique({ where: { batchId }, select: { id: true } });
  if (existing) return existing.id;
  return (await recallBatch(db, w.people.sellerA.actor, { batchId, reason: "Sample recall: sealing defect found" })).id;
}

export const recallSamples: Samples = {
  "recall.create": {
    input: async (w, db) => ({ batchId: await lotOfA(w, db), reason: "Contamination reported by the manufacturer" }),
    owner: "sellerA",
  },
  "recall.list": { input: () => ({}), as: "sellerA" },
  "recall.get": { input: async (w, db) => ({ id: await recallOfA(w, db) }), owner: "sellerA" },
  "recall.close": { input: async (w, db) => ({ id: await recallOfA(w, db), note: "All packs returned to the wholesaler" }), owner: "sellerA" },
};
