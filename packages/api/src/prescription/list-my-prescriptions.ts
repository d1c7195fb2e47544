import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import type { MyPrescriptionsInput } from "./prescription.schema";
import { prescriptionSelect, toPrescriptionView, type PrescriptionView } from "./prescription-view";

/** The customer's prescriptions, newest first (at most 50); reusable ones only for the checkout. */
export async function listMyPrescriptions(db: DbOrTx, actor: Actor, input: MyPrescriptionsInput): Promise<PrescriptionView[]> {
  const now = new Date();
  const rows = await db.prescription.findMany({
    where: {
      customerId: actor.userId,
      ...(input.reusableOnly ? { status: "APPROVED", expiresAt: { gt: now } } : {}),
    },
    select: prescriptionSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
  });
  const views = rows.map((r) => toPrescriptionView(r, now));
  return input.reusableOnly ? views.filter((v) => v.reusable) : views;
}
