import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@healio/api";

export type ApiErrorInfo = {
  /** tRPC code, e.g. "CONFLICT"; "NETWORK" when the request never got an answer. */
  code: string;
  message: string;
  /** The service's AppError details (e.g. `reason: "out_of_stock"`), or {}. */
  details: Record<string, unknown>;
  /** Field errors of an input that failed validation. */
  fieldErrors: Record<string, string[] | undefined>;
};

const GENERIC = "Something went wrong. Please try again.";

/** Reads what the API's error formatter adds (appError, zodError) out of any thrown value. */
export function apiErrorInfo(error: unknown): ApiErrorInfo {
  if (error instanceof TRPCClientError) {
    const e = error as TRPCClientError<AppRouter>;
    const data = e.data;
    if (!data) {
      return { code: "NETWORK", message: "We could not reach Healio. Check your connection and try again.", details: {}, fieldErrors: {} };
    }
    const code = data.code;
    let message = e.message || GENERIC;
    if (code === "TOO_MANY_REQUESTS") message = "Too many attempts. Please wait a minute and try again.";
    if (code === "INTERNAL_SERVER_ERROR") message = GENERIC;
    if (code === "UNAUTHORIZED") message = "Your session has ended. Please sign in again.";
    return {
      code,
      message,
      details: (data.appError?.details as Record<string, unknown> | null) ?? {},
      fieldErrors: (data.zodError?.fieldErrors as Record<string, string[] | undefined> | undefined) ?? {},
    };
  }
  // Errors thrown by our own client code (e.g. a full local cart) carry a readable message.
  const message = error instanceof Error && error.message ? error.message : GENERIC;
  return { code: "UNKNOWN", message, details: {}, fieldErrors: {} };
}

/** The user-facing message of any error. */
export function apiErrorMessage(error: unknown): string {
  return apiErrorInfo(error).message;
}
