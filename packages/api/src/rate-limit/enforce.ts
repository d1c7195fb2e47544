import { AppError } from "../app-error";
import { PROCEDURE_RATE_LIMITS, type ProcedureRateLimit } from "./rules";
import type { RateLimiter } from "./types";

export type EnforceRateLimitOptions = {
  path: string;
  limiter: RateLimiter | undefined;
  clientIp: string | undefined;
  userId: string | undefined;
  getRawInput: () => Promise<unknown>;
  limits?: Readonly<Record<string, ProcedureRateLimit>>;
};

/**
 * Throws AppError TOO_MANY_REQUESTS (details.retryAfterSeconds -> the HTTP Retry-After header)
 * when the caller is over the procedure's limit. No limiter in the context (server-side callers,
 * unit tests) means no limit; the HTTP handler always supplies one.
 */
export async function enforceRateLimit(opts: EnforceRateLimitOptions): Promise<void> {
  const limit = (opts.limits ?? PROCEDURE_RATE_LIMITS)[opts.path];
  if (!limit || !opts.limiter) return;
  if (limit.applies && !limit.applies(await opts.getRawInput())) return;
  const key =
    limit.key === "user" && opts.userId ? `user:${opts.userId}` : opts.clientIp ? `ip:${opts.clientIp}` : undefined;
  if (!key) return;
  const decision = await opts.limiter.consume(limit.rule, key);
  if (!decision.allowed) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Too many requests. Try again in ${decision.retryAfterSeconds} s.`,
      { retryAfterSeconds: decision.retryAfterSeconds },
    );
  }
}
