import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { createMemoryStore, createRateLimiter } from "../rate-limit";
import type { RateLimiter } from "../rate-limit/types";
import { handleRestRequest, type HandleRestRequestOptions } from "./handle-rest-request";

// Test helper (not exported from the package): drives handleRestRequest like an HTTP client would.

export const WEB = "http://localhost:3000";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, asserted field by field
export type RestResult = { status: number; headers: Headers; body: any };

export type RestClient = {
  /** `as`: the token of a signed-in caller (sent as `Authorization: Bearer`), or undefined for anonymous. */
  call(method: string, path: string, opts?: { as?: string; body?: unknown; headers?: Record<string, string>; raw?: string }): Promise<RestResult>;
};

/**
 * A client whose bearer tokens resolve through `tokens` (the walk test), or any resolver (the
 * Better-Auth test). Every call goes through the real adapter, caller, procedures and database.
 */
export function restClient(
  db: Db,
  resolveActor: HandleRestRequestOptions["resolveActor"],
  extra: Partial<HandleRestRequestOptions> & { rateLimiter?: RateLimiter } = {},
): RestClient {
  const rateLimiter = extra.rateLimiter ?? createRateLimiter(createMemoryStore());
  return {
    async call(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.as ? { authorization: `Bearer ${opts.as}` } : {}) };
      let body: string | undefined = opts.raw;
      if (opts.body !== undefined) {
        headers["content-type"] = "application/json";
        body = JSON.stringify(opts.body);
      }
      const req = new Request(`${WEB}${path}`, { method, headers: { ...headers, ...opts.headers }, body: body ?? null });
      const res = await handleRestRequest(req, { db, resolveActor, trustedOrigins: [WEB], rateLimiter, ...extra });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : null };
    },
  };
}

/** Bearer "tokens" of the walk test: the world's actors by key (Better-Auth issues real ones elsewhere). */
export function tokenResolver(actors: Record<string, Actor>) {
  return async (headers: Headers): Promise<Actor | null> => {
    const token = /^Bearer (.+)$/.exec(headers.get("authorization") ?? "")?.[1];
    return token ? (actors[token] ?? null) : null;
  };
}
