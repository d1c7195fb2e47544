import { AppError } from "../app-error";

export const MAX_PRESCRIPTION_BYTES = 10 * 1024 * 1024;

/**
 * Reads a request body into memory, refusing it (PAYLOAD_TOO_LARGE) as soon as more than `limit`
 * bytes have arrived: the rest of the stream is cancelled, never read. Next route handlers have no
 * body limit of their own, so this is the limit. A declared Content-Length over the limit is
 * refused before reading anything.
 */
export async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  declaredLength?: number | null,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new AppError("PAYLOAD_TOO_LARGE", `The file is larger than ${Math.round(limit / 1024 / 1024)} MB.`, {
      reason: "too_large",
      limitBytes: limit,
    });
  if (declaredLength !== null && declaredLength !== undefined && declaredLength > limit) throw tooLarge();
  if (!body) throw new AppError("BAD_REQUEST", "Choose a file to upload.", { reason: "empty" });

  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (total === 0) throw new AppError("BAD_REQUEST", "The file is empty.", { reason: "empty" });
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
