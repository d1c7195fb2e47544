import type { RateLimitRule } from "./types";

export type ProcedureRateLimit = {
  rule: RateLimitRule;
  /**
   * What a request is counted against: "ip" (the client address; requests without one, i.e.
   * server-side callers, are not counted) or "user" (the signed-in user, else the client address).
   */
  key: "ip" | "user";
  /** Which calls count, judged on the raw (not yet validated) input; default: every call. */
  applies?: (rawInput: unknown) => boolean;
  /** Why this procedure is limited (printed in SECURITY.md). */
  reason: string;
};

function hasSearch(rawInput: unknown): boolean {
  if (typeof rawInput !== "object" || rawInput === null) return false;
  const search = (rawInput as { search?: unknown }).search;
  // Anything but an empty search counts (also malformed values: probing is limited too).
  return search !== undefined && search !== null && !(typeof search === "string" && search.trim() === "");
}

/**
 * Rate limits of tRPC procedures, by path (applied by the `rateLimiting` middleware of every
 * procedure in trpc.ts). Auth endpoints are limited by Better-Auth itself (packages/auth).
 */
export const PROCEDURE_RATE_LIMITS: Readonly<Record<string, ProcedureRateLimit>> = {
  "medicine.list": {
    rule: { name: "medicine-search", windowMs: 60_000, max: 60 },
    key: "ip",
    applies: hasSearch,
    reason: "full-text + trigram search is the most expensive public query",
  },
  "order.place": {
    rule: { name: "order-place", windowMs: 60_000, max: 5 },
    key: "user",
    reason: "writes orders, reserves stock and queues mail",
  },
};
