import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import type { Actor } from "../actor";
import { handleTrpcRequest } from "../http";
import { createMemoryStore, createRateLimiter } from "../rate-limit";
import type { AppRouter } from "../root";
import { useSecuritySuite } from "./harness/suite";
import { buildWorld } from "./harness/world";

/**
 * The request guards (CSRF origin, JSON content type, body size, batch size) against the real
 * @trpc/client the apps use: what it sends passes; the same calls from another origin do not.
 */
const WEB = "http://localhost:3000";
const suite = useSecuritySuite();

function client(actor: Actor | null, origin: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${WEB}/api/trpc`,
        transformer: superjson,
        maxItems: 50,
        // A browser adds Origin and its cookies by itself; Node's fetch does not, so the test does.
        headers: () => ({ origin, cookie: "better-auth.session_token=browser-session" }),
        fetch: (url, init) =>
          handleTrpcRequest(new Request(url, init as RequestInit), {
            db: suite.db,
            resolveActor: async () => actor,
            trustedOrigins: [WEB],
            rateLimiter: createRateLimiter(createMemoryStore()),
          }),
      }),
    ],
  });
}

describe("@trpc/client through handleTrpcRequest", () => {
  it("queries, mutations with and without input, and batches pass from the trusted origin", async () => {
    const world = await buildWorld(suite.db);
    const trpc = client(world.people.customerA.actor, WEB);
    const [health, cart] = await Promise.all([trpc.health.check.query(), trpc.cart.get.query()]);
    expect(health.status).toBe("ok");
    expect(cart.lines).toHaveLength(1);
    const added = await trpc.cart.add.mutate({ medicineId: world.medicineA.id, quantity: 2 });
    expect(added.lines).toHaveLength(2);
    const cleared = await trpc.cart.clear.mutate();
    expect(cleared.lines).toHaveLength(0);
  });

  it("mutations from another origin fail with FORBIDDEN and change nothing; queries still work", async () => {
    const world = await buildWorld(suite.db);
    const trpc = client(world.people.customerA.actor, "https://evil.example");
    const error = await trpc.cart.clear.mutate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data?.code).toBe("FORBIDDEN");
    expect(await suite.db.cartItem.count({ where: { userId: world.people.customerA.id } })).toBe(1);
    expect((await trpc.health.check.query()).status).toBe("ok");
  });
});
