import { isDatabaseUnavailable } from "./database-unavailable";
import { SERVICE_UNAVAILABLE_MESSAGE, SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS } from "./errors";
import { logCallError } from "./observability/log-error";
import { serveWithRequestLog, type ServeOptions } from "./observability/request-context";

/**
 * The /api/auth/* routes of both apps (Better-Auth) served like /api/trpc and REST: a request id
 * on every log line and in the `x-request-id` answer header, one access line, and a failure that
 * Better-Auth throws (createAuth sets `onAPIError.throw`) answered by what it means: an unusable
 * database (unreachable, pool wait timed out) is 503 with Retry-After, anything else a fixed 500.
 * Bodies keep Better-Auth's error shape (`{ code, message }`), which its client reads.
 */
export function handleAuthRequest(
  req: Request,
  handle: (req: Request) => Promise<Response>,
  options: ServeOptions = {},
): Promise<Response> {
  return serveWithRequestLog(req, options, async (log) => {
    try {
      return await handle(req);
    } catch (error) {
      const procedure = `${req.method.toUpperCase()} ${new URL(req.url).pathname}`;
      if (isDatabaseUnavailable(error)) {
        logCallError(log, { procedure, actorId: null, code: "SERVICE_UNAVAILABLE", status: 503 }, error);
        return authError(503, "SERVICE_UNAVAILABLE", SERVICE_UNAVAILABLE_MESSAGE, {
          "retry-after": String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS),
        });
      }
      logCallError(log, { procedure, actorId: null, code: "INTERNAL_SERVER_ERROR", status: 500 }, error);
      return authError(500, "INTERNAL_SERVER_ERROR", "Internal server error");
    }
  });
}

function authError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ code, message }), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...headers },
  });
}
