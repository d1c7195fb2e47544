import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createMailer } from "@healio/mail";
import { startTestSmtpServer, type TestSmtpServer } from "@healio/mail/testing";
import { afterAll, beforeAll, expect } from "vitest";
import { createAuth, type Auth, type CreateAuthOptions } from "./create-auth";
import { cookieFrom } from "./test-helpers";

// The Better-Auth test harness shared by this package's auth tests: a fresh database, a real SMTP
// server on loopback, and the storefront's auth instance (the admin app as trusted origin).

export const WEB = "http://localhost:3000";
export const ADMIN = "http://localhost:3001";
export const SECRET = "test-secret-test-secret-test-secret-0123456789";
export const PASSWORD = "correct horse battery";

export interface AuthHarness {
  readonly testDb: TestDatabase;
  readonly smtp: TestSmtpServer;
  readonly auth: Auth;
  /** Another auth instance on the same database and mail server (production cookies, limits...). */
  createAuth(options: Pick<CreateAuthOptions, "baseURL" | "trustedOrigins"> & Partial<CreateAuthOptions>): Auth;
  /** A browser-like call to the auth handler (the Next route does exactly this). */
  call(path: string, init?: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> }): Promise<Response>;
  signUp(email: string, extra?: Record<string, unknown>): Promise<Response>;
  /** Signs in and returns the session cookie. */
  signIn(email: string, password?: string): Promise<string>;
}

/** Registers beforeAll/afterAll hooks; use the returned object inside tests only. */
export function useAuthHarness(): AuthHarness {
  let testDb: TestDatabase | undefined;
  let smtp: TestSmtpServer | undefined;
  let auth: Auth | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("auth harness used outside a test");
    return value;
  };

  const make: AuthHarness["createAuth"] = (options) =>
    createAuth({
      db: ready(testDb).db,
      mailer: createMailer({ smtpUrl: ready(smtp).url, from: "Healio <no-reply@healio.test>" }),
      secret: SECRET,
      rateLimit: { enabled: false },
      ...options,
    });

  beforeAll(async () => {
    [testDb, smtp] = await Promise.all([createTestDatabase(), startTestSmtpServer()]);
    auth = make({ baseURL: WEB, trustedOrigins: [ADMIN] });
  });
  afterAll(async () => {
    await Promise.all([smtp?.close(), testDb?.drop()]);
  });

  const harness: AuthHarness = {
    get testDb() {
      return ready(testDb);
    },
    get smtp() {
      return ready(smtp);
    },
    get auth() {
      return ready(auth);
    },
    createAuth: make,
    call(path, init = {}) {
      const headers = new Headers({ origin: WEB, ...init.headers });
      if (init.body !== undefined) headers.set("content-type", "application/json");
      if (init.cookie) headers.set("cookie", init.cookie);
      return ready(auth).handler(
        new Request(path.startsWith("http") ? path : `${WEB}/api/auth${path}`, {
          method: init.method ?? (init.body === undefined ? "GET" : "POST"),
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        }),
      );
    },
    signUp(email, extra = {}) {
      return harness.call("/sign-up/email", { body: { email, password: PASSWORD, name: "Test User", ...extra } });
    },
    async signIn(email, password = PASSWORD) {
      const { headers } = await ready(auth).api.signInEmail({ body: { email, password }, returnHeaders: true });
      const cookie = cookieFrom(headers);
      expect(cookie).toContain("session_token=");
      return cookie;
    },
  };
  return harness;
}
