import type { Logger } from "./logger";

export type ErrorContext = {
  /** tRPC path (e.g. "order.place") or REST route ("POST /orders"). */
  procedure: string;
  actorId: string | null;
  /** tRPC code of the answer, e.g. "CONFLICT". */
  code: string;
  status: number;
};

/**
 * Logs a failed call exactly once, with who called what and the code answered. Bugs (500) at
 * "error" with the cause and its stack; an unavailable database (503) at "warn" with the cause;
 * the caller's mistakes (4xx: validation, auth, not found, conflicts, limits) at "info" without a
 * stack, since they are expected and their message is already in the response.
 */
export function logCallError(log: Logger, context: ErrorContext, cause: unknown, message?: string): void {
  if (context.status >= 500 && context.code !== "SERVICE_UNAVAILABLE") {
    log.error({ ...context, err: cause }, "call failed");
  } else if (context.code === "SERVICE_UNAVAILABLE") {
    log.warn({ ...context, err: cause }, "call refused: database unavailable");
  } else {
    log.info({ ...context, ...(message ? { reason: message } : {}) }, "call refused");
  }
}
