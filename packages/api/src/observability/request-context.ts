import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { rootLogger, type Logger } from "./logger";

type RequestScope = { requestId: string; log: Logger };

/** On globalThis: Next may bundle this module once per route, and a request must see one scope. */
const state = globalThis as unknown as { healioRequestScope?: AsyncLocalStorage<RequestScope> };
const storage = (state.healioRequestScope ??= new AsyncLocalStorage<RequestScope>());

export const REQUEST_ID_HEADER = "x-request-id";
/** What a proxy may hand us as a request id: short, printable, no separators that break log search. */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's (or proxy's) `x-request-id` when it looks like an id, else a fresh UUID. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER)?.trim();
  return incoming && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The logger of the request being served (it stamps every line with its requestId), else the root logger. */
export function currentLog(): Logger {
  return storage.getStore()?.log ?? rootLogger();
}

/** Runs `fn` with a scope whose log lines all carry `requestId` (outbox rounds use this too). */
export function runWithRequestId<T>(requestId: string, log: Logger, fn: (log: Logger) => Promise<T>): Promise<T> {
  const child = log.child({ requestId });
  return storage.run({ requestId, log: child }, () => fn(child));
}

function withHeader(res: Response, name: string, value: string): Response {
  try {
    res.headers.set(name, value);
    return res;
  } catch {
    // Some responses have immutable headers (e.g. Response.redirect): copy them.
    const headers = new Headers(res.headers);
    headers.set(name, value);
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}

export type ServeOptions = {
  /** Default: the process-wide root logger. Tests pass one over a capturing stream. */
  logger?: Logger;
};

/**
 * Wraps an API route handler: a request id (incoming `x-request-id` or a new one) on every log line
 * written while serving it and echoed in the response's `x-request-id`, and one access line
 * ("request completed": method, path, status, durationMs). A handler that throws (it should not:
 * handlers map their errors) is logged once and answered with a bare 500, never its stack.
 */
export async function serveWithRequestLog(
  req: Request,
  options: ServeOptions,
  handle: (log: Logger) => Promise<Response>,
): Promise<Response> {
  const requestId = requestIdFrom(req.headers);
  const started = performance.now();
  const url = new URL(req.url);
  return runWithRequestId(requestId, options.logger ?? rootLogger(), async (log) => {
    let res: Response;
    try {
      res = await handle(log);
    } catch (error) {
      log.error({ err: error, method: req.method, path: url.pathname }, "unhandled error in request handler");
      res = new Response(JSON.stringify({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } }), {
        status: 500,
        headers: { "content-type": "application/json", "cache-control": "no-store" },
      });
    }
    log.info(
      { method: req.method, path: url.pathname, status: res.status, durationMs: Math.round(performance.now() - started) },
      "request completed",
    );
    return withHeader(res, REQUEST_ID_HEADER, requestId);
  });
}
