import { describe, expect, it } from "vitest";
import { WEB, useAuthHarness } from "./auth-harness";
import { uniqueEmail } from "./test-helpers";

// Better-Auth rate limiting, stored in the rateLimit table.
const h = useAuthHarness();

describe("rate limiting", () => {
  it("throttles sign-in per client IP with counters in the rateLimit table", async () => {
    const limited = h.createAuth({
      baseURL: WEB,
      trustedOrigins: [],
      rateLimit: { rules: { "/sign-in/email": { window: 60, max: 2 } } },
    });
    const email = uniqueEmail("throttled");
    expect((await h.signUp(email)).status).toBe(200);
    const attempt = (ip: string) =>
      limited.handler(
        new Request(`${WEB}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { origin: WEB, "content-type": "application/json", "x-forwarded-for": ip },
          body: JSON.stringify({ email, password: "wrong password" }),
        }),
      );
    expect((await attempt("203.0.113.7")).status).toBe(401);
    expect((await attempt("203.0.113.7")).status).toBe(401);
    const blocked = await attempt("203.0.113.7");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("x-retry-after"))).toBeGreaterThan(0);
    // Another client is not affected.
    expect((await attempt("198.51.100.9")).status).toBe(401);
    expect(await h.testDb.db.rateLimit.count()).toBeGreaterThanOrEqual(2);
  });
});
