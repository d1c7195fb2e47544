import type { Db } from "@healio/db";
import type { World } from "../harness/world";
import type { Samples } from "./types";

/** Order A (customer A, medicine A of seller A) delivered, which makes customer A eligible. */
async function deliverOrderA(w: World, db: Db) {
  await db.order.update({ where: { id: w.orderA.id }, data: { status: "DELIVERED" } });
}

/** A review of medicine A by the given customer (order A delivered first). */
async function reviewOfMedicineA(w: World, db: Db, by: "customerA" | "customerB") {
  await deliverOrderA(w, db);
  return db.review.create({ data: { medicineId: w.medicineA.id, userId: w.people[by].id, rating: 4, title: "Fine", body: "Worked." } });
}

export const reviewSamples: Samples = {
  "review.list": { input: (w) => ({ medicineId: w.medicineA.id }) },
  "review.eligibility": { input: (w) => ({ medicineId: w.medicineA.id }), as: "customerA" },
  "review.orderInvites": {
    input: async (w, db) => {
      await deliverOrderA(w, db);
      return { orderId: w.orderA.id };
    },
    owner: "customerA",
  },
  "review.create": {
    input: async (w, db) => {
      await deliverOrderA(w, db);
      return { medicineId: w.medicineA.id, rating: 5, title: "Great", body: "Helped within a day." };
    },
    owner: "customerA",
  },
  "review.update": {
    input: async (w, db) => ({ reviewId: (await reviewOfMedicineA(w, db, "customerA")).id, rating: 3, body: "On reflection, average." }),
    owner: "customerA",
  },
  "review.delete": { input: async (w, db) => ({ reviewId: (await reviewOfMedicineA(w, db, "customerA")).id }), owner: "customerA" },
  "review.markHelpful": { input: async (w, db) => ({ reviewId: (await reviewOfMedicineA(w, db, "customerB")).id }), as: "customerA" },
  "review.reply": {
    input: async (w, db) => ({ reviewId: (await reviewOfMedicineA(w, db, "customerA")).id, body: "Thank you for your review!" }),
    owner: "sellerA",
  },
  "review.sellerQueue": { input: () => ({}), as: "sellerA" },
  "review.adminQueue": { input: () => ({}) },
  "review.moderate": {
    input: async (w, db) => ({ reviewId: (await reviewOfMedicineA(w, db, "customerA")).id, hidden: true, reason: "Off-topic" }),
  },
};
