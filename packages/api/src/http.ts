import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import type { Db } from "@healio/db";
import { mayHaveSession } from "@healio/auth";
import type { Actor } from "./actor";
import { isAppError } from "./app-error";
import { toTRPCError } from "./errors";
import type { Logger } from "./observability/logger";
import { logCallError } from "./observability/log-error";
import { serveWithRequestLog } from "./observability/request-context";
import { getDefaultRateLimiter } from "./rate-limit/default-limiter";
import type { RateLimiter } from "./rate-limit/types";
import { enableCatalogueAnswers } from "./cache/catalogue-answers";
import { msUntilCatalogueClock } from "./catalog/catalogue-clock";
import { enableCategoryCache } from "./category/category-cache";
import { appRouter } from "./root";
import { clientIpFrom } from "./security/client-ip";
import { guardRequest, type GuardRefusal } from "./security/request-guard";

export const DEFAULT_MAX_BATCH_SIZE = 50;

export type ResolveActor = (headers: Headers) => Promise<Actor | null>;

export type HandleTrpcRequestOptions = {
  db: Db;
  /** Session -> Actor; in the apps: `(headers) => getActor(auth, headers)` from @healio/auth. */
  resolveActor: ResolveActor;
  /**
   * Origins whose pages may send mutations (CSRF defence), e.g. `[WEB_URL, ADMIN_URL]`. A POST
   * whose Origin (or Referer) is not one of them is refused with 403 before anything runs.
   */
  trustedOrigins: readonly string[];
  /** Where the handler is mounted; default "/api/trpc". */
  endpoint?: string;
  /** Largest accepted request body; default 100 kB (413 above). */
  maxBodyBytes?: number;
  /** Most calls in one batched request; default 50 (400 above). Keep the client's `maxItems` <= this. */
  maxBatchSize?: number;
  /** Default: the process-wide limiter (Redis at REDIS_URL with an in-process fallback). */
  rateLimiter?: RateLimiter;
  /** Default: first hop of X-Forwarded-For, else X-Real-IP (see security/client-ip.ts). */
  clientIp?: (req: Request) => string | undefined;
  /** Default: the process-wide JSON logger (observability/logger.ts). */
  logger?: Logger;
};

/**
 * Public catalogue queries whose answer is the same for every caller. Answered without a session,
 * they may be kept by shared caches (CDN, reverse proxy) for a few seconds and served stale while
 * revalidating; browsers always revalidate (max-age=0). The app's own server keeps them in memory
 * for at most s-maxage, dropped on every catalogue change (scripts/serve/response-cache.mjs).
 * Stale catalogue data is harmless: checkout re-reads price and stock under row locks and refuses a
 * changed total (expectedTotalCents).
 */
const SHARED_CACHEABLE = new Set([
  "medicine.list",
  "medicine.bySlug",
  "category.tree",
  "category.breadcrumbs",
  "category.bySlug",
  "manufacturer.list",
]);
export const PUBLIC_CATALOGUE_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30";
/** s-maxage + stale-while-revalidate: the longest a shared cache may serve an answer (plus a margin). */
const SHARED_CACHE_HORIZON_MS = 40_000;

/** A refusal in tRPC's error envelope (superjson), so @trpc/client surfaces the message and code. */
function refusalResponse(refusal: GuardRefusal): Response {
  const body = {
    error: {
      json: {
        message: refusal.message,
        code: TRPC_ERROR_CODES_BY_KEY[refusal.code],
        data: { code: refusal.code, httpStatus: refusal.status },
      },
    },
  };
  return new Response(JSON.stringify(body), {
    status: refusal.status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}

/**
 * The fetch-API handler both Next apps mount at `src/app/api/trpc/[trpc]/route.ts` (GET and POST).
 * Cross-site, non-JSON and oversized mutations are refused before the session is even read.
 */
export function handleTrpcRequest(req: Request, opts: HandleTrpcRequestOptions): Promise<Response> {
  return serveWithRequestLog(req, opts.logger ? { logger: opts.logger } : {}, (log) => serveTrpc(req, opts, log));
}

async function serveTrpc(req: Request, opts: HandleTrpcRequestOptions, log: Logger): Promise<Response> {
  const guarded = await guardRequest(req, { trustedOrigins: opts.trustedOrigins, maxBodyBytes: opts.maxBodyBytes });
  if (!guarded.ok) return refusalResponse(guarded.refusal);
  const request = guarded.req;
  const clientIp = (opts.clientIp ?? ((r: Request) => clientIpFrom(r.headers)))(request);
  const rateLimiter = opts.rateLimiter ?? getDefaultRateLimiter();
  enableCategoryCache(opts.db);
  enableCatalogueAnswers(opts.db);
  // An answer is shareable only if it cannot change by itself (a sale starting or ending, a
  // licence or a lot expiring) while a shared cache may still serve it.
  let catalogueClockSoon = false;

  return fetchRequestHandler({
    endpoint: opts.endpoint ?? "/api/trpc",
    req: request,
    router: appRouter,
    maxBatchSize: opts.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE,
    createContext: async () => {
      try {
        if (request.method === "GET" && !mayHaveSession(request.headers)) {
          const until = await msUntilCatalogueClock(opts.db);
          catalogueClockSoon = until !== null && until < SHARED_CACHE_HORIZON_MS;
        }
        return {
          db: opts.db,
          actor: await opts.resolveActor(request.headers),
          rateLimiter,
          ...(clientIp ? { clientIp } : {}),
        };
      } catch (error) {
        // The session lookup reads the database: a busy pool or a database restart answers 503 here too.
        throw toTRPCError(error);
      }
    },
    responseMeta({ errors, paths, type }) {
      const cacheable =
        type === "query" &&
        errors.length === 0 &&
        paths !== undefined &&
        paths.length > 0 &&
        paths.every((p) => SHARED_CACHEABLE.has(p)) &&
        !mayHaveSession(request.headers) &&
        !catalogueClockSoon;
      if (cacheable) return { headers: new Headers({ "cache-control": PUBLIC_CATALOGUE_CACHE_CONTROL, vary: "cookie, authorization" }) };
      // 429 and 503: tell the client when to come back (the largest wait of the batch).
      const waits = errors
        .filter((e) => e.code === "TOO_MANY_REQUESTS" || e.code === "SERVICE_UNAVAILABLE")
        .map((e) => (isAppError(e.cause) ? Number(e.cause.details?.retryAfterSeconds) : NaN))
        .filter((s) => Number.isFinite(s) && s > 0);
      return waits.length > 0 ? { headers: new Headers({ "retry-after": String(Math.max(...waits)) }) } : {};
    },
    onError({ error, path, type, ctx }) {
      // Once per failed call of the batch; the cause (and its stack) stays in the log.
      logCallError(
        log,
        {
          procedure: `${type} ${path ?? "<unknown>"}`,
          actorId: ctx?.actor?.userId ?? null,
          code: error.code,
          status: getHTTPStatusCodeFromError(error),
        },
        error.cause ?? error,
        error.message,
      );
    },
  });
}
