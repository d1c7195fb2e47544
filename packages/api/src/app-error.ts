export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PAYLOAD_TOO_LARGE"
  | "UNPROCESSABLE_CONTENT"
  /** The database is unreachable or every pooled connection is busy: retry shortly (HTTP 503). */
  | "SERVICE_UNAVAILABLE";

export type AppErrorDetails = Record<string, unknown>;

/**
 * The only error services throw on purpose. Transport-free: the tRPC layer (and any future REST
 * layer) maps `code` to its own status. `message` and `details` are shown to the client, so they
 * must never contain secrets or internals.
 */
export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails | undefined;

  constructor(code: AppErrorCode, message: string, details?: AppErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
