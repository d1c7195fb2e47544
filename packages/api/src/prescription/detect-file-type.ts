import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../app-error";

/** What a prescription may be. Decided from the bytes (magic numbers), never from a name or header. */
export const ALLOWED_PRESCRIPTION_TYPES = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "application/pdf": "pdf",
} as const;
export type PrescriptionMime = keyof typeof ALLOWED_PRESCRIPTION_TYPES;

function isAllowed(mime: string): mime is PrescriptionMime {
  return Object.hasOwn(ALLOWED_PRESCRIPTION_TYPES, mime);
}

/** The file's real type, or UNPROCESSABLE_CONTENT naming what is accepted. */
export async function detectPrescriptionType(bytes: Uint8Array): Promise<{ mime: PrescriptionMime; ext: string }> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found || !isAllowed(found.mime)) {
    throw new AppError("UNPROCESSABLE_CONTENT", "Upload a photo (JPEG or PNG) or a PDF of your prescription.", {
      reason: "file_type",
      detected: found?.mime ?? null,
    });
  }
  return { mime: found.mime, ext: ALLOWED_PRESCRIPTION_TYPES[found.mime] };
}
