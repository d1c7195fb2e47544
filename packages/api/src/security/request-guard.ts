/**
 * Transport-level checks of a tRPC HTTP request, before any context (session, database) exists:
 * - CSRF: a state-changing request (anything but GET/HEAD; tRPC sends mutations as POST) that
 *   carries a Cookie header must come from a trusted origin (Origin header, else Referer) -> 403.
 *   Queries are GETs without side effects. A request without cookies (a non-browser client with
 *   `Authorization: Bearer`, or an anonymous one) is exempt: CSRF rides on the ambient cookies a
 *   browser attaches, and a foreign page cannot set an Authorization header without a CORS
 *   preflight, which nothing here grants.
 * - Content type: such requests must be `application/json` (no form posts, which a foreign site can
 *   send without a CORS preflight) -> 415.
 * - Body size: at most `maxBodyBytes` (declared or actually streamed) -> 413.
 */
export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

export type RequestGuardOptions = { trustedOrigins: readonly string[]; maxBodyBytes?: number };

export type GuardRefusal = {
  status: 403 | 413 | 415;
  code: "FORBIDDEN" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE";
  message: string;
};

export type GuardResult = { ok: true; req: Request } | { ok: false; refusal: GuardRefusal };

const SAFE_METHODS = new Set(["GET", "HEAD"]);

function originOf(value: string | null): string | null {
  if (!value || value === "null") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** The origin a request claims to come from: Origin, else the origin of the Referer. */
export function requestOrigin(headers: Headers): string | null {
  return originOf(headers.get("origin")) ?? originOf(headers.get("referer"));
}

export function isTrustedOrigin(origin: string | null, trustedOrigins: readonly string[]): boolean {
  if (!origin) return false;
  return trustedOrigins.some((trusted) => originOf(trusted) === origin);
}

function isJson(contentType: string | null): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json";
}

/** Reads at most `max` bytes; null when the body is larger. */
export async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const tooLarge = (max: number): GuardResult => ({
  ok: false,
  refusal: { status: 413, code: "PAYLOAD_TOO_LARGE", message: `Request body larger than ${max} bytes.` },
});

/** Whether the browser attached cookies (a session cookie is what a CSRF attack would ride on). */
export function carriesCookie(headers: Headers): boolean {
  return (headers.get("cookie") ?? "").trim() !== "";
}

export async function guardRequest(req: Request, opts: RequestGuardOptions): Promise<GuardResult> {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return { ok: true, req };

  if (carriesCookie(req.headers) && !isTrustedOrigin(requestOrigin(req.headers), opts.trustedOrigins)) {
    return { ok: false, refusal: { status: 403, code: "FORBIDDEN", message: "Cross-site request refused." } };
  }
  if (!isJson(req.headers.get("content-type"))) {
    return {
      ok: false,
      refusal: { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Content-Type must be application/json." },
    };
  }
  const max = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) return tooLarge(max);
  if (!req.body) return { ok: true, req };
  // Content-Length may be absent (chunked) or lie: count what actually arrives.
  const bytes = await readCapped(req.body, max);
  if (!bytes) return tooLarge(max);
  return { ok: true, req: new Request(req.url, { method: req.method, headers: req.headers, body: bytes, signal: req.signal }) };
}
