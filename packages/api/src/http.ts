import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Db } from "@healio/db";
import type { Actor } from "./actor";
import { appRouter } from "./root";

export type ResolveActor = (headers: Headers) => Promise<Actor | null>;

export type HandleTrpcRequestOptions = {
  db: Db;
  /** Session -> Actor; in the apps: `(headers) => getActor(auth, headers)` from @healio/auth. */
  resolveActor: ResolveActor;
  /** Where the handler is mounted; default "/api/trpc". */
  endpoint?: string;
};

/** The fetch-API handler both Next apps mount at `src/app/api/trpc/[trpc]/route.ts` (GET and POST). */
export function handleTrpcRequest(req: Request, opts: HandleTrpcRequestOptions): Promise<Response> {
  return fetchRequestHandler({
    endpoint: opts.endpoint ?? "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({ db: opts.db, actor: await opts.resolveActor(req.headers) }),
    onError({ error, path, type }) {
      // Expected errors (validation, auth, not found, conflict) are the client's business; only
      // bugs and outages are logged, with the full cause, server-side.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`[trpc] ${type} ${path ?? "<unknown>"} failed:`, error.cause ?? error);
      }
    },
  });
}
