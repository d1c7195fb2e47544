import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import type { UploadStorage } from "./upload-storage";

export const PRESCRIPTION_NOT_FOUND = "Prescription not found.";

export type PrescriptionFile = { bytes: Uint8Array; contentType: string; fileName: string };

/**
 * The file of a prescription, for its customer, the seller of an order it accompanies, or an
 * admin. Anyone else (another customer, another seller) gets NOT_FOUND, exactly like a missing id,
 * so file ids cannot be probed.
 */
export async function openPrescriptionFile(
  db: DbOrTx,
  actor: Actor,
  input: { id: string },
  storage: UploadStorage,
): Promise<PrescriptionFile> {
  const row = await db.prescription.findUnique({
    where: { id: input.id },
    select: {
      storageKey: true,
      contentType: true,
      fileName: true,
      customerId: true,
      orders: { where: { sellerId: actor.userId }, select: { id: true }, take: 1 },
    },
  });
  const allowed =
    row !== null &&
    (actor.role === "ADMIN" ||
      (actor.role === "CUSTOMER" && row.customerId === actor.userId) ||
      (actor.role === "SELLER" && row.orders.length > 0));
  if (!row || !allowed) throw new AppError("NOT_FOUND", PRESCRIPTION_NOT_FOUND);
  const bytes = await storage.get(row.storageKey);
  if (!bytes) throw new AppError("NOT_FOUND", PRESCRIPTION_NOT_FOUND);
  return { bytes, contentType: row.contentType, fileName: row.fileName };
}
