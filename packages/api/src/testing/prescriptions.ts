import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { uploadPrescription } from "../prescription/upload-prescription";
import { createLocalDiskStorage, type UploadStorage } from "../prescription/upload-storage";

/** A real 1x1 PNG, a minimal PDF, and the first bytes of a Windows executable (MZ + PE header). */
export const PNG_BYTES = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"),
);
export const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
export function exeBytes(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a]); // "MZ"
  new DataView(bytes.buffer).setUint32(0x3c, 0x80, true); // e_lfanew -> PE header
  bytes.set([0x50, 0x45, 0x00, 0x00], 0x80); // "PE\0\0"
  return bytes;
}

export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** A throw-away upload directory (storage + cleanup). */
export async function tempStorage(): Promise<{ dir: string; storage: UploadStorage; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "healio-uploads-"));
  return { dir, storage: createLocalDiskStorage(dir), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A customer's fresh (PENDING) prescription, uploaded through the real service. */
export function uploadTestPrescription(db: Db, actor: Actor, storage: UploadStorage, bytes: Uint8Array = PNG_BYTES) {
  return uploadPrescription(db, actor, { body: streamOf(bytes), declaredLength: bytes.byteLength, fileName: "rx.png" }, storage);
}
