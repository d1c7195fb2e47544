import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPCDefaultErrorShape } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import type { Db } from "@healio/db";
import type { Actor } from "./actor";
import { AppError, toTRPCError } from "./errors";
import type { AppErrorCode, AppErrorDetails } from "./errors";
import { isProduction } from "./env";
import { dropLocally } from "./cache/cache-events";
import { topicsChangedBy } from "./cache/mutation-topics";
import { enforceRateLimit } from "./rate-limit/enforce";
import { assertNoNulCharacters } from "./security/input-hygiene";
import type { RateLimiter } from "./rate-limit/types";

export type Context = {
  db: Db;
  actor: Actor | null;
  /** The caller's IP, set by the HTTP handler; keys per-IP rate limits. Absent for server-side callers. */
  clientIp?: string;
  /** Set by the HTTP handler; absent (server-side callers, unit tests) means no rate limiting. */
  rateLimiter?: RateLimiter;
};

/** Who may call a procedure; set by the procedure builders below, read by the security-matrix test. */
export type Access = "public" | "authed" | "customer" | "seller" | "admin";
export type Meta = { access: Access };

export const INTERNAL_ERROR_MESSAGE = "Internal server error";

export type ErrorData = TRPCDefaultErrorShape["data"] & {
  /** Field errors of an input that failed validation (BAD_REQUEST only). */
  zodError: z.core.$ZodFlattenedError<unknown> | null;
  /** The service's AppError code and details, when the error came from one. */
  appError: { code: AppErrorCode; details: AppErrorDetails | null } | null;
};
export type ErrorShape = Omit<TRPCDefaultErrorShape, "data"> & { data: ErrorData };

/**
 * Adds `zodError` / `appError` for clients. In production an INTERNAL_SERVER_ERROR keeps only a
 * generic message and never a stack: database errors, file paths, etc. stay in the server log.
 * Exported (pure, with `production` explicit) so the behaviour is testable in any NODE_ENV.
 */
export function formatError(
  opts: { shape: TRPCDefaultErrorShape; error: TRPCError },
  production: boolean = isProduction,
): ErrorShape {
  const { shape, error } = opts;
  const cause = error.cause;
  const internal = error.code === "INTERNAL_SERVER_ERROR";
  const { stack, ...data } = shape.data;
  return {
    ...shape,
    message: production && internal ? INTERNAL_ERROR_MESSAGE : shape.message,
    data: {
      ...data,
      ...(production || stack === undefined ? {} : { stack }),
      zodError: error.code === "BAD_REQUEST" && cause instanceof z.ZodError ? z.flattenError(cause) : null,
      appError: cause instanceof AppError ? { code: cause.code, details: cause.details ?? null } : null,
    },
  };
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    isDev: !isProduction,
    errorFormatter: (opts) => formatError(opts),
  });

export const router = t.router;
export const middleware = t.middleware;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

/**
 * First middleware of every procedure: whatever a later middleware, input parser or resolver
 * threw (AppError, Prisma known error, ...) leaves as a properly coded TRPCError.
 */
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error);
    if (mapped !== result.error) throw mapped;
  }
  return result;
});

/** Refuses input Postgres cannot store (NUL characters) as BAD_REQUEST instead of a database 500. */
const inputHygiene = t.middleware(async ({ getRawInput, next }) => {
  assertNoNulCharacters(await getRawInput());
  return next();
});

/** Per-path limits (rate-limit/rules.ts); TOO_MANY_REQUESTS leaves through errorMapping. */
const rateLimiting = t.middleware(async ({ ctx, path, getRawInput, next }) => {
  await enforceRateLimit({
    path,
    limiter: ctx.rateLimiter,
    clientIp: ctx.clientIp,
    userId: ctx.actor?.userId,
    getRawInput,
  });
  return next();
});

/**
 * After a mutation succeeded (committed), the caches it may have made stale are dropped in this
 * process at once (cache/mutation-topics.ts), so the caller's next read is never older than its
 * write. Every process, this one included, is also told by the database's own notification a
 * moment later (cache/cache-events.ts). Cached catalogue answers need no drop here: the server
 * serves one only after a barrier that waits for those notifications (scripts/serve/response-cache.mjs).
 */
const cacheInvalidation = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (result.ok && type === "mutation") {
    for (const topic of topicsChangedBy(path)) dropLocally(ctx.db, topic);
  }
  return result;
});

const baseProcedure = t.procedure.use(errorMapping).use(inputHygiene).use(rateLimiting).use(cacheInvalidation);

function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return actor;
}

function forbidden(): never {
  throw new TRPCError({ code: "FORBIDDEN", message: "You do not have access to this resource." });
}

export const publicProcedure = baseProcedure.meta({ access: "public" });

export const authedProcedure = baseProcedure.meta({ access: "authed" }).use(({ ctx, next }) => {
  const actor = requireActor(ctx.actor);
  return next({ ctx: { actor } });
});

/** Customers only (cart, checkout, reviews): sellers and admins shop with a customer account. */
export const customerProcedure = baseProcedure.meta({ access: "customer" }).use(({ ctx, next }) => {
  const actor = requireActor(ctx.actor);
  if (actor.role !== "CUSTOMER") forbidden();
  return next({ ctx: { actor } });
});

/** SELLER or ADMIN. Ownership of the data (this seller's medicine) is checked in the service. */
export const sellerProcedure = baseProcedure.meta({ access: "seller" }).use(({ ctx, next }) => {
  const actor = requireActor(ctx.actor);
  if (actor.role !== "SELLER" && actor.role !== "ADMIN") forbidden();
  return next({ ctx: { actor } });
});

export const adminProcedure = baseProcedure.meta({ access: "admin" }).use(({ ctx, next }) => {
  const actor = requireActor(ctx.actor);
  if (actor.role !== "ADMIN") forbidden();
  return next({ ctx: { actor } });
});
