import type { PrescriptionStatus, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { keyString, medicineKeyOf } from "./medicine-key";

export type RxMedicine = { id: string; name: string; genericName: string; strength: string; sellerId: string };

/** The prescription an order's Rx lines go out with; `awaitingReview` for a fresh upload. */
export type AttachedPrescription = { id: string; awaitingReview: boolean };

type LockedPrescription = {
  id: string;
  status: PrescriptionStatus;
  expiresAt: Date | null;
  refillsAllowed: number | null;
  usesCount: number;
};

/**
 * Inside the checkout transaction: the cart's prescription-only medicines need a prescription.
 * - none given -> BAD_REQUEST (reason prescription_required, which medicines)
 * - a fresh upload of this customer (PENDING, never used) -> it now covers these medicines and the
 *   orders wait for a pharmacist (AWAITING_PRESCRIPTION)
 * - an APPROVED one -> must be unexpired, cover every Rx medicine (generic + strength) and have a
 *   use left per order that needs it; the orders are PLACED at once
 * Each order that uses it counts one use, in this transaction (the row is locked, so two checkouts
 * cannot both spend the last refill).
 */
export async function attachPrescription(
  tx: Tx,
  actor: Actor,
  prescriptionId: string | undefined,
  rx: RxMedicine[],
  now: Date,
): Promise<AttachedPrescription | null> {
  if (rx.length === 0) return null;
  if (!prescriptionId) {
    throw new AppError("BAD_REQUEST", `A prescription is needed for ${rx.map((m) => m.name).join(", ")}.`, {
      reason: "prescription_required",
      field: "prescriptionId",
      medicines: rx.map((m) => ({ id: m.id, name: m.name })),
    });
  }
  const rows = await tx.$queryRaw<LockedPrescription[]>`
    SELECT id, status::text AS status, "expiresAt", "refillsAllowed", "usesCount"
    FROM "Prescription" WHERE id = ${prescriptionId} AND "customerId" = ${actor.userId}
    FOR UPDATE`;
  const p = rows[0];
  if (!p) throw new AppError("NOT_FOUND", "Prescription not found.", { field: "prescriptionId", reason: "prescription_not_found" });

  const uses = new Set(rx.map((m) => m.sellerId)).size; // one order per seller
  const keys = new Map(rx.map((m) => [keyString(medicineKeyOf(m)), medicineKeyOf(m)]));

  if (p.status === "REJECTED") {
    throw new AppError("CONFLICT", "This prescription was not accepted by the pharmacist. Upload a new one.", {
      reason: "prescription_rejected",
      field: "prescriptionId",
    });
  }
  if (p.status === "PENDING") {
    if (p.usesCount > 0) {
      throw new AppError("CONFLICT", "This prescription is still being checked for another order. Upload it again, or wait for the pharmacist.", {
        reason: "prescription_pending",
        field: "prescriptionId",
      });
    }
    await tx.prescriptionMedicine.createMany({ data: [...keys.values()].map((k) => ({ prescriptionId: p.id, ...k })) });
    await tx.prescription.update({ where: { id: p.id }, data: { usesCount: uses } });
    return { id: p.id, awaitingReview: true };
  }

  if (!p.expiresAt || p.expiresAt <= now) {
    throw new AppError("CONFLICT", "This prescription has expired. Upload a current one.", {
      reason: "prescription_expired",
      field: "prescriptionId",
    });
  }
  const left = 1 + (p.refillsAllowed ?? 0) - p.usesCount;
  if (left < uses) {
    throw new AppError("CONFLICT", "This prescription has no refills left. Upload a new one.", {
      reason: "prescription_used_up",
      field: "prescriptionId",
      usesLeft: Math.max(0, left),
    });
  }
  const covered = await tx.prescriptionMedicine.findMany({
    where: { prescriptionId: p.id },
    select: { genericKey: true, strengthKey: true },
  });
  const coveredKeys = new Set(covered.map(keyString));
  const missing = rx.filter((m) => !coveredKeys.has(keyString(medicineKeyOf(m))));
  if (missing.length > 0) {
    throw new AppError("CONFLICT", `This prescription does not cover ${missing.map((m) => m.name).join(", ")}.`, {
      reason: "prescription_not_covering",
      field: "prescriptionId",
      medicines: missing.map((m) => ({ id: m.id, name: m.name })),
    });
  }
  await tx.prescription.update({ where: { id: p.id }, data: { usesCount: { increment: uses } } });
  return { id: p.id, awaitingReview: false };
}
