import type { Db } from "@healio/db";
import { isAppError, type AppErrorCode } from "../app-error";
import { isDatabaseUnavailable } from "../database-unavailable";
import { SERVICE_UNAVAILABLE_MESSAGE, SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS } from "../errors";
import { currentLog, serveWithRequestLog } from "../observability/request-context";
import type { ResolveActor } from "../http";
import { getDefaultRateLimiter } from "../rate-limit/default-limiter";
import type { RateLimiter } from "../rate-limit/types";
import { isTrustedOrigin, requestOrigin } from "../security/request-guard";
import { openPrescriptionFile } from "./open-prescription-file";
import { getUploadStorage, type UploadStorage } from "./upload-storage";
import { uploadPrescription } from "./upload-prescription";

/**
 * The HTTP edge of prescriptions (the only files Healio accepts). tRPC carries JSON only, so the
 * upload and the download are plain route handlers that both apps mount; everything they decide
 * is in the transport-free services (uploadPrescription, openPrescriptionFile).
 */
export type PrescriptionHttpOptions = {
  db: Db;
  resolveActor: ResolveActor;
  /** Default: local disk at UPLOAD_DIR. */
  storage?: UploadStorage;
};

const STATUS: Partial<Record<AppErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", "x-content-type-options": "nosniff", ...extra },
  });
}

/** The answer to a thrown error, logged once (with the request's id) like the tRPC and REST errors. */
function errorResponse(error: unknown, procedure: string): Response {
  if (isAppError(error)) {
    currentLog().info({ procedure, code: error.code }, "call refused");
    return json(STATUS[error.code] ?? 400, { error: { code: error.code, message: error.message, details: error.details ?? null } });
  }
  if (isDatabaseUnavailable(error)) {
    currentLog().warn({ procedure, code: "SERVICE_UNAVAILABLE", err: error }, "call refused: database unavailable");
    return json(
      503,
      { error: { code: "SERVICE_UNAVAILABLE", message: SERVICE_UNAVAILABLE_MESSAGE, details: null } },
      { "retry-after": String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS) },
    );
  }
  currentLog().error({ procedure, code: "INTERNAL_SERVER_ERROR", err: error }, "call failed");
  return json(500, { error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
}

const UPLOAD_LIMIT = { name: "prescription-upload", windowMs: 10 * 60_000, max: 20 } as const;

/**
 * POST, body = the file's bytes (any Content-Type; the type is decided from the bytes), file name
 * in `X-File-Name` (URI-encoded). Same-site only (Origin checked, like tRPC mutations); signed-in
 * customers only; 20 uploads per 10 minutes per customer. 201 with the prescription as JSON.
 */
export function handlePrescriptionUpload(
  req: Request,
  opts: PrescriptionHttpOptions & { trustedOrigins: readonly string[]; rateLimiter?: RateLimiter },
): Promise<Response> {
  return serveWithRequestLog(req, {}, () => upload(req, opts));
}

async function upload(
  req: Request,
  opts: PrescriptionHttpOptions & { trustedOrigins: readonly string[]; rateLimiter?: RateLimiter },
): Promise<Response> {
  try {
    if (!isTrustedOrigin(requestOrigin(req.headers), opts.trustedOrigins)) {
      return json(403, { error: { code: "FORBIDDEN", message: "Cross-site request refused." } });
    }
    const actor = await opts.resolveActor(req.headers);
    if (!actor) return json(401, { error: { code: "UNAUTHORIZED", message: "Sign in to continue." } });
    if (actor.role !== "CUSTOMER") {
      return json(403, { error: { code: "FORBIDDEN", message: "Only customers upload prescriptions." } });
    }
    const limiter = opts.rateLimiter ?? getDefaultRateLimiter();
    const decision = await limiter.consume(UPLOAD_LIMIT, `user:${actor.userId}`);
    if (!decision.allowed) {
      return json(
        429,
        { error: { code: "TOO_MANY_REQUESTS", message: `Too many uploads. Try again in ${decision.retryAfterSeconds} s.` } },
        { "retry-after": String(decision.retryAfterSeconds) },
      );
    }
    const declared = Number(req.headers.get("content-length"));
    let fileName: string | null = null;
    try {
      fileName = decodeURIComponent(req.headers.get("x-file-name") ?? "") || null;
    } catch {
      fileName = null;
    }
    const view = await uploadPrescription(
      opts.db,
      actor,
      { body: req.body, declaredLength: Number.isFinite(declared) && req.headers.has("content-length") ? declared : null, fileName },
      opts.storage ?? getUploadStorage(),
    );
    return json(201, view);
  } catch (error) {
    return errorResponse(error, "POST /api/prescriptions");
  }
}

/** RFC 6266 attachment with an ASCII fallback and the UTF-8 name. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * GET the file of prescription `id`: always a download (Content-Disposition: attachment), never
 * sniffed, never cached by shared caches, and 404 for anybody who may not see it.
 */
export function handlePrescriptionDownload(req: Request, id: string, opts: PrescriptionHttpOptions): Promise<Response> {
  return serveWithRequestLog(req, {}, () => download(req, id, opts));
}

async function download(req: Request, id: string, opts: PrescriptionHttpOptions): Promise<Response> {
  try {
    const actor = await opts.resolveActor(req.headers);
    if (!actor) return json(404, { error: { code: "NOT_FOUND", message: "Prescription not found." } });
    if (id.length === 0 || id.length > 64) return json(404, { error: { code: "NOT_FOUND", message: "Prescription not found." } });
    const file = await openPrescriptionFile(opts.db, actor, { id }, opts.storage ?? getUploadStorage());
    return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        "content-type": file.contentType,
        "content-length": String(file.bytes.byteLength),
        "content-disposition": attachment(file.fileName),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        "content-security-policy": "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    return errorResponse(error, "GET /api/prescriptions/{id}");
  }
}
