import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { z } from "zod";
import { AppError } from "../app-error";
import { toTRPCError } from "../errors";
import { INTERNAL_ERROR_MESSAGE } from "../trpc";

/** The one REST error body: `{ "error": { code, message, fields?, details? } }`. */
export type RestErrorBody = {
  error: {
    code: string;
    message: string;
    /** Field -> messages, for forms (invalid body, query value, unique constraint). */
    fields?: Record<string, string[]>;
    /** Client-safe details from the service (e.g. `reason: "price_changed"` with the new total). */
    details?: Record<string, unknown>;
  };
};

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function restErrorResponse(
  status: number,
  error: RestErrorBody["error"],
  headers: Record<string, string> = {},
): Response {
  return jsonResponse({ error } satisfies RestErrorBody, status, headers);
}

function zodFields(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

function appErrorFields(error: AppError): Record<string, string[]> | undefined {
  const details = error.details ?? {};
  if (typeof details.field === "string") return { [details.field]: [error.message] };
  if (Array.isArray(details.fields)) {
    return Object.fromEntries(details.fields.map((f) => [String(f), [error.message]]));
  }
  return undefined;
}

/** What is left of AppError details once field hints are turned into `fields`. */
function publicDetails(error: AppError): Record<string, unknown> | undefined {
  const { field: _field, fields: _fields, ...rest } = error.details ?? {};
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** What the handler learns about a failed call, to log it once. */
export type RestFailure = { code: string; status: number; cause: unknown; message: string };

/**
 * Anything thrown while serving a REST route -> status + error body, through the same error map
 * as tRPC (toTRPCError). A 500 carries a fixed message: never the cause, never a stack.
 * `report` is called once per failure (the handler logs it).
 */
export function restErrorFromThrown(thrown: unknown, report: (failure: RestFailure) => void = () => {}): Response {
  const trpcError =
    thrown instanceof z.ZodError
      ? new TRPCError({ code: "BAD_REQUEST", message: "Invalid request body.", cause: thrown })
      : toTRPCError(thrown);
  const status = getHTTPStatusCodeFromError(trpcError);
  report({ code: trpcError.code, status, cause: trpcError.cause ?? trpcError, message: trpcError.message });
  if (trpcError.code === "INTERNAL_SERVER_ERROR") {
    return restErrorResponse(500, { code: "INTERNAL_SERVER_ERROR", message: INTERNAL_ERROR_MESSAGE });
  }
  const cause = trpcError.cause;
  const body: RestErrorBody["error"] = { code: trpcError.code, message: trpcError.message };
  const headers: Record<string, string> = {};
  if (cause instanceof z.ZodError) {
    body.message = "Invalid input.";
    body.fields = zodFields(cause);
  } else if (cause instanceof AppError) {
    const fields = appErrorFields(cause);
    if (fields) body.fields = fields;
    const details = publicDetails(cause);
    if (details) body.details = details;
    const retryAfter = Number(cause.details?.retryAfterSeconds);
    const retryable = trpcError.code === "TOO_MANY_REQUESTS" || trpcError.code === "SERVICE_UNAVAILABLE";
    if (retryable && Number.isFinite(retryAfter) && retryAfter > 0) {
      headers["retry-after"] = String(Math.ceil(retryAfter));
    }
  }
  return restErrorResponse(status, body, headers);
}
