import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { detectPrescriptionType } from "./detect-file-type";
import { toPrescriptionView, prescriptionSelect, type PrescriptionView } from "./prescription-view";
import { MAX_PRESCRIPTION_BYTES, readLimited } from "./read-limited";
import type { UploadStorage } from "./upload-storage";

export type PrescriptionUpload = {
  body: ReadableStream<Uint8Array> | null;
  /** Content-Length as declared by the client (may be absent or wrong; the stream is counted anyway). */
  declaredLength: number | null;
  /** The customer's file name, only for display and the download name; never a path. */
  fileName: string | null;
};

/** "scan (1).PDF" stays readable; anything odd becomes "_"; the extension follows the real type. */
function displayName(raw: string | null, ext: string): string {
  const base = (raw ?? "")
    .replace(/^.*[\\/]/, "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/[^A-Za-z0-9 ._()-]/g, "_")
    .trim()
    .slice(0, 80);
  return `${base || "prescription"}.${ext}`;
}

/**
 * A customer uploads a prescription: at most 10 MB (counted while streaming), JPEG/PNG/PDF by its
 * bytes, stored under a random key, recorded as PENDING and not yet tied to an order (order.place
 * ties it). If the database write fails the stored file is removed again.
 */
export async function uploadPrescription(
  db: Db,
  actor: Actor,
  upload: PrescriptionUpload,
  storage: UploadStorage,
): Promise<PrescriptionView> {
  if (actor.role !== "CUSTOMER") throw new AppError("FORBIDDEN", "Only customers upload prescriptions.");
  const bytes = await readLimited(upload.body, MAX_PRESCRIPTION_BYTES, upload.declaredLength);
  const type = await detectPrescriptionType(bytes);
  const key = await storage.put(bytes);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.prescription.create({
        data: {
          customerId: actor.userId,
          storageKey: key,
          fileName: displayName(upload.fileName, type.ext),
          contentType: type.mime,
          sizeBytes: bytes.byteLength,
        },
        select: prescriptionSelect,
      });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "prescription.uploaded",
        entityType: "Prescription",
        entityId: row.id,
        after: { contentType: type.mime, sizeBytes: bytes.byteLength },
      });
      return toPrescriptionView(row, new Date());
    });
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}
