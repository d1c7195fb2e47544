import type { Db } from "@healio/db";
import { unique } from "../../testing/factories";
import type { World } from "../harness/world";
import type { Samples } from "./types";

/** An order of customer A at seller A that waits for its (freshly uploaded) prescription. */
async function awaitingOrder(w: World, db: Db): Promise<string> {
  const prescription = await db.prescription.create({
    data: {
      customerId: w.people.customerA.id,
      storageKey: unique("key").replace(/[^a-z0-9]/gi, "").slice(-48),
      fileName: "prescription.pdf",
      contentType: "application/pdf",
      sizeBytes: 1000,
      usesCount: 1,
    },
  });
  await db.order.update({ where: { id: w.orderA.id }, data: { status: "AWAITING_PRESCRIPTION", prescriptionId: prescription.id } });
  return w.orderA.id;
}

export const prescriptionSamples: Samples = {
  "prescription.mine": { input: () => ({ reusableOnly: true }) },
  "prescription.review": {
    input: async (w, db) => ({
      orderId: await awaitingOrder(w, db),
      decision: "approve",
      prescriberName: "Dr. Ada Lovelace",
      issuedOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      expiresOn: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
      refillsAllowed: 2,
    }),
    owner: "sellerA",
  },
};
