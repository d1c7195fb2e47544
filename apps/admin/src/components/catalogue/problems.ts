import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@healio/api";

/** A failed call, ready for a form: one message for the alert and the first error per field. */
export type Problem = {
  message: string;
  fieldErrors: Record<string, string>;
  /** tRPC code (BAD_REQUEST, CONFLICT, ...) or null for network errors. */
  code: string | null;
  /** The service's AppError details (e.g. { medicineCount, childCount } of a refused delete). */
  details: Record<string, unknown> | null;
};

const GENERIC = "Something went wrong. Please try again.";

/**
 * Maps a tRPC client error to people-facing text: the server's `zodError` (flattened field
 * errors) and `appError.details.field` become field errors; AppError messages are already written
 * for people; internal errors, throttling and network failures get a sentence of their own.
 */
export function describeProblem(error: unknown, fallback = GENERIC): Problem {
  if (!(error instanceof TRPCClientError)) {
    return { message: fallback, fieldErrors: {}, code: null, details: null };
  }
  const e = error as TRPCClientError<AppRouter>;
  const data = e.data;
  const code = data?.code ?? null;
  const details = (data?.appError?.details as Record<string, unknown> | null | undefined) ?? null;
  const fieldErrors: Record<string, string> = {};
  const zod = data?.zodError;
  for (const [key, messages] of Object.entries((zod?.fieldErrors ?? {}) as Record<string, string[] | undefined>)) {
    const first = messages?.[0];
    if (first) fieldErrors[key] = first;
  }
  const field = typeof details?.field === "string" ? details.field : null;
  if (field && !fieldErrors[field]) fieldErrors[field] = e.message;

  let message: string;
  if (!data) message = "Could not reach the server. Check your connection and try again.";
  else if (zod) message = zod.formErrors[0] ?? "Please correct the highlighted fields.";
  else if (code === "INTERNAL_SERVER_ERROR") message = GENERIC;
  else if (code === "TOO_MANY_REQUESTS") message = "Too many requests. Please wait a moment and try again.";
  else if (code === "UNAUTHORIZED") message = "Your session has ended. Please sign in again.";
  else message = e.message || fallback;
  return { message, fieldErrors, code, details };
}

/** The first message per top-level field of a failed zod parse (client-side validation). */
export function firstIssuePerField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "");
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return errors;
}
