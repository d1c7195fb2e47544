import type { Db } from "@healio/db";
import { createAuth, type Auth, type CreateAuthOptions } from "../create-auth";

/**
 * The Better-Auth instance tests outside this package's harness build again and again: the
 * storefront origin, no mail (a no-op mailer), no rate limits, a fixed test secret. Real
 * Better-Auth over the given database; override anything per test.
 */
export const TEST_WEB_ORIGIN = "http://localhost:3000";

export function createTestAuth(db: Db, overrides: Partial<CreateAuthOptions> = {}): Auth {
  return createAuth({
    db,
    mailer: { send: async () => {} },
    secret: "healio-test-auth-secret-0123456789abcdefghij",
    baseURL: TEST_WEB_ORIGIN,
    trustedOrigins: [],
    rateLimit: { enabled: false },
    ...overrides,
  });
}
