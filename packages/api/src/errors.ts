import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { Prisma } from "@healio/db";

import { AppError, type AppErrorCode } from "./app-error";
import { isDatabaseUnavailable } from "./database-unavailable";

export { AppError, isAppError } from "./app-error";
export type { AppErrorCode, AppErrorDetails } from "./app-error";

// AppErrorCode is a subset of tRPC's codes; the explicit table keeps that true at compile time.
const TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNPROCESSABLE_CONTENT: "UNPROCESSABLE_CONTENT",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

type DriverAdapterCause = {
  kind?: string;
  originalMessage?: string;
  constraint?: { fields?: string[]; index?: string };
  table?: string;
};

/** With driver adapters (Prisma 7) the useful details live in meta.driverAdapterError.cause. */
function adapterCause(error: Prisma.PrismaClientKnownRequestError): DriverAdapterCause | undefined {
  const meta = error.meta as { driverAdapterError?: { cause?: DriverAdapterCause } } | undefined;
  return meta?.driverAdapterError?.cause;
}

/**
 * The columns of a violated unique constraint, for forms ("this slug is taken"). Postgres names the
 * constraint, not the columns; Prisma's default names are "<Table>_<field>[_<field>...]_key".
 */
function constraintFields(error: Prisma.PrismaClientKnownRequestError): string[] | undefined {
  const cause = adapterCause(error);
  const fields = cause?.constraint?.fields;
  if (fields && fields.length > 0) return fields;
  const index = cause?.constraint?.index;
  if (index && cause.table && index.startsWith(`${cause.table}_`) && index.endsWith("_key")) {
    const names = index.slice(cause.table.length + 1, -"_key".length).split("_").filter(Boolean);
    if (names.length > 0) return names;
  }
  const target = (error.meta as { target?: unknown } | undefined)?.target;
  if (Array.isArray(target)) return target.map(String);
  return undefined;
}

/**
 * Known Prisma errors become AppErrors with client-safe messages; anything else is returned
 * unchanged (and will surface as INTERNAL_SERVER_ERROR).
 */
export function appErrorFromPrisma(error: Prisma.PrismaClientKnownRequestError): AppError | null {
  switch (error.code) {
    case "P2002": {
      const fields = constraintFields(error);
      return new AppError(
        "CONFLICT",
        "A record with the same unique value already exists.",
        fields ? { fields } : undefined,
        { cause: error },
      );
    }
    case "P2025":
      return new AppError("NOT_FOUND", "The requested record was not found.", undefined, { cause: error });
    case "P2003": {
      // Postgres raises 23503 both for "insert or update ... references a missing row" (the
      // client sent a bad id: BAD_REQUEST) and for "update or delete ... is still referenced"
      // (the row is in use: CONFLICT). The driver message tells the two apart.
      const cause = adapterCause(error);
      const stillReferenced =
        cause?.kind === "RestrictViolation" || /^update or delete on table/i.test(cause?.originalMessage ?? "");
      return stillReferenced
        ? new AppError("CONFLICT", "The record is still referenced by other records.", undefined, { cause: error })
        : new AppError("BAD_REQUEST", "A referenced record does not exist.", undefined, { cause: error });
    }
    default:
      return null;
  }
}

export const SERVICE_UNAVAILABLE_MESSAGE = "The service is busy or briefly unavailable. Please try again in a few seconds.";
/** What 503 answers put in Retry-After. */
export const SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** A busy pool or an unreachable database, as the client sees it: 503, retry shortly (original kept as cause). */
export function serviceUnavailable(cause: unknown): AppError {
  return new AppError(
    "SERVICE_UNAVAILABLE",
    SERVICE_UNAVAILABLE_MESSAGE,
    { retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS },
    { cause },
  );
}

/**
 * The one error map: AppError and known Prisma errors -> TRPCError (original kept as `cause`).
 * A TRPCError that merely wraps one of them (tRPC wraps anything thrown in a resolver as
 * INTERNAL_SERVER_ERROR) is unwrapped first. Everything else stays INTERNAL_SERVER_ERROR.
 */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) {
    if (error.code !== "INTERNAL_SERVER_ERROR" || error.cause === undefined) return error;
    const mapped = toTRPCError(error.cause);
    return mapped.code === "INTERNAL_SERVER_ERROR" ? error : mapped;
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const appError = appErrorFromPrisma(error);
    if (appError) return toTRPCError(appError);
  }
  if (error instanceof AppError) {
    return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
  }
  if (isDatabaseUnavailable(error)) return toTRPCError(serviceUnavailable(error));
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error });
}
