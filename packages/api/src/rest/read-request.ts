import { DEFAULT_MAX_BODY_BYTES, carriesCookie, isTrustedOrigin, readCapped, requestOrigin } from "../security/request-guard";
import { restErrorResponse } from "./rest-error";

export type ReadRequestOptions = { trustedOrigins: readonly string[]; maxBodyBytes?: number };

export type ReadRequestResult = { ok: true; body: unknown } | { ok: false; response: Response };

const SAFE_METHODS = new Set(["GET", "HEAD"]);

function isJson(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

const refuse = (status: number, code: string, message: string): ReadRequestResult => ({
  ok: false,
  response: restErrorResponse(status, { code, message }),
});

/**
 * The transport checks of security/request-guard.ts, REST-shaped: a state-changing request with
 * cookies must come from a trusted origin (403); a body must be JSON (415) and at most
 * `maxBodyBytes` (413). Unlike tRPC, REST allows bodiless PATCH/DELETE (cancel, delete).
 * Returns the parsed JSON body (undefined when there is none).
 */
export async function readRestRequest(req: Request, opts: ReadRequestOptions): Promise<ReadRequestResult> {
  if (SAFE_METHODS.has(req.method)) return { ok: true, body: undefined };
  if (carriesCookie(req.headers) && !isTrustedOrigin(requestOrigin(req.headers), opts.trustedOrigins)) {
    return refuse(403, "FORBIDDEN", "Cross-site request refused.");
  }
  const max = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) return refuse(413, "PAYLOAD_TOO_LARGE", `Request body larger than ${max} bytes.`);
  const bytes = req.body ? await readCapped(req.body, max) : new Uint8Array();
  if (!bytes) return refuse(413, "PAYLOAD_TOO_LARGE", `Request body larger than ${max} bytes.`);
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === "") return { ok: true, body: undefined };
  if (!isJson(req.headers.get("content-type"))) {
    return refuse(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json.");
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return refuse(400, "BAD_REQUEST", "The request body is not valid JSON.");
  }
}
