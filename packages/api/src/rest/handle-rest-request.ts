import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import type { Logger } from "../observability/logger";
import { logCallError } from "../observability/log-error";
import { serveWithRequestLog } from "../observability/request-context";
import { getDefaultRateLimiter } from "../rate-limit/default-limiter";
import type { RateLimiter } from "../rate-limit/types";
import { createCaller } from "../root";
import { clientIpFrom } from "../security/client-ip";
import { matchRoute } from "./match-route";
import { withDecimalMoney } from "./money";
import { buildOpenApiDocument } from "./openapi";
import { readRestRequest } from "./read-request";
import { jsonResponse, restErrorFromThrown, restErrorResponse } from "./rest-error";
import { procedureFor, type RestRoute } from "./route";
import { REST_ROUTES } from "./routes";

export type HandleRestRequestOptions = {
  db: Db;
  /** Session cookie or `Authorization: Bearer` -> Actor (the same resolver as the tRPC handler). */
  resolveActor: (headers: Headers) => Promise<Actor | null>;
  /** Origins whose pages may send state-changing requests with cookies (CSRF defence). */
  trustedOrigins: readonly string[];
  maxBodyBytes?: number;
  /** Default: the process-wide limiter, as for tRPC. */
  rateLimiter?: RateLimiter;
  clientIp?: (req: Request) => string | undefined;
  /** Default: REST_ROUTES. */
  routes?: readonly RestRoute[];
  /** Default: the process-wide JSON logger. Failures are logged once, with route, actor and code. */
  logger?: Logger;
};

type ProcedureFn = (input: unknown) => Promise<unknown>;

/** `caller["order"]["get"]`: the caller is a proxy that resolves any path to its procedure. */
function procedureAt(caller: unknown, path: string): ProcedureFn {
  let node: unknown = caller;
  for (const segment of path.split(".")) node = (node as Record<string, unknown>)[segment];
  return node as ProcedureFn;
}

/**
 * Request -> Response for every REST route (and GET /api/openapi.json). Mounted by the storefront's
 * catch-all /api route; tests call it directly. Each request gets its own caller with the same
 * context the tRPC handler builds (actor from the session or bearer token, client IP, limiter).
 */
export function handleRestRequest(req: Request, opts: HandleRestRequestOptions): Promise<Response> {
  return serveWithRequestLog(req, opts.logger ? { logger: opts.logger } : {}, (log) => serveRest(req, opts, log));
}

async function serveRest(req: Request, opts: HandleRestRequestOptions, log: Logger): Promise<Response> {
  const url = new URL(req.url);
  const method = req.method.toUpperCase();
  if (method === "GET" && url.pathname === "/api/openapi.json") {
    return jsonResponse(buildOpenApiDocument({ serverUrl: url.origin }), 200, { "cache-control": "public, max-age=300" });
  }
  const match = matchRoute(opts.routes ?? REST_ROUTES, method, url.pathname);
  if (match.kind === "not-found") {
    return restErrorResponse(404, { code: "NOT_FOUND", message: `No route for ${method} ${url.pathname}.` });
  }
  if (match.kind === "method-not-allowed") {
    return restErrorResponse(
      405,
      { code: "METHOD_NOT_SUPPORTED", message: `${method} is not supported here.` },
      { allow: match.allow.join(", ") },
    );
  }
  const read = await readRestRequest(req, { trustedOrigins: opts.trustedOrigins, maxBodyBytes: opts.maxBodyBytes });
  if (!read.ok) return read.response;

  const { route, params } = match;
  let actor: Actor | null = null;
  try {
    const body = route.body ? route.body.parse(read.body ?? {}) : read.body;
    if (!route.body && read.body !== undefined) {
      return restErrorResponse(400, { code: "BAD_REQUEST", message: "This route takes no request body." });
    }
    const input = route.input({ params, query: url.searchParams, body, headers: req.headers });
    actor = await opts.resolveActor(req.headers);
    const clientIp = (opts.clientIp ?? ((r: Request) => clientIpFrom(r.headers)))(req);
    const caller = createCaller({
      db: opts.db,
      actor,
      rateLimiter: opts.rateLimiter ?? getDefaultRateLimiter(),
      ...(clientIp ? { clientIp } : {}),
    });
    const output = await procedureAt(caller, procedureFor(route, actor ? actor.role : "anonymous", body))(input);
    return jsonResponse(withDecimalMoney(JSON.parse(JSON.stringify(output ?? null))), route.successStatus ?? 200);
  } catch (error) {
    return restErrorFromThrown(error, (failure) =>
      logCallError(
        log,
        { procedure: `${method} ${route.path}`, actorId: actor?.userId ?? null, code: failure.code, status: failure.status },
        failure.cause,
        failure.message,
      ),
    );
  }
}
