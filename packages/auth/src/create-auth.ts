import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { bearer } from "better-auth/plugins";
import { genericOAuth, type GenericOAuthConfig } from "better-auth/plugins/generic-oauth";
import type { Db } from "@healio/db";
import { renderPasswordResetEmail, renderVerificationEmail } from "@healio/mail";
import type { Mailer } from "@healio/mail";
import { userAdditionalFields } from "./fields";
import { inputPolicyHook } from "./input-policy";

export interface RateLimitRule {
  /** Seconds. */
  window: number;
  max: number;
}

/** The endpoints with stricter limits than the default rule. */
export type RateLimitedPath = "/sign-in/email" | "/sign-up/email" | "/request-password-reset";

export const DEFAULT_RATE_LIMIT_RULES: Record<RateLimitedPath, RateLimitRule> = {
  "/sign-in/email": { window: 60, max: 10 },
  "/sign-up/email": { window: 60, max: 5 },
  "/request-password-reset": { window: 300, max: 5 },
};

export interface AuthRateLimitOptions {
  /** Default true. Tests pass `false` so repeated sign-ins are not throttled. */
  enabled?: boolean;
  /** Rule for every other endpoint; default 100 requests per 60 s. */
  default?: RateLimitRule;
  /** Overrides of DEFAULT_RATE_LIMIT_RULES. */
  rules?: Partial<Record<RateLimitedPath, RateLimitRule>>;
}

export interface CreateAuthOptions {
  db: Db;
  mailer: Mailer;
  /** Origin of the app that mounts the handler at /api/auth, e.g. http://localhost:3000. */
  baseURL: string;
  /** At least 32 characters. */
  secret: string;
  /** Other origins allowed to call the API and to be redirect targets (the other app). */
  trustedOrigins: string[];
  /** Secure cookies; default false. */
  production?: boolean;
  rateLimit?: AuthRateLimitOptions;
  /** External sign-in providers (oauth-providers.ts builds them from env); none by default. */
  oauthProviders?: GenericOAuthConfig[];
}

const DAY = 60 * 60 * 24;

export function createAuth(options: CreateAuthOptions) {
  const { db, mailer, baseURL, secret, trustedOrigins } = options;
  const production = options.production ?? false;
  if (secret.length < 32) throw new Error("createAuth: secret must be at least 32 characters");

  const rateLimitRules = { ...DEFAULT_RATE_LIMIT_RULES, ...options.rateLimit?.rules };
  const defaultRule = options.rateLimit?.default ?? { window: 60, max: 100 };

  const auth = betterAuth({
    appName: "Healio",
    baseURL,
    secret,
    trustedOrigins,
    telemetry: { enabled: false },
    // Unexpected failures (a database that cannot be reached, a pool wait that timed out) are
    // thrown out of auth.handler instead of becoming Better-Auth's bare 500, so the apps' route
    // wrapper (@healio/api auth-http.ts) answers them as tRPC and REST do: 503 + Retry-After, logged
    // with the request id. Better-Auth's own APIErrors (wrong password, 429, ...) stay responses.
    onAPIError: { throw: true },
    // One transaction per sign-up (user + account + session) and per password reset (+ session revocation).
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),

    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      // Unverified users may sign in (smooth demo); emailVerified is still tracked and verified via mail.
      requireEmailVerification: false,
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ user, url }) {
        await mailer.send({ to: user.email, ...renderPasswordResetEmail({ name: user.name, url }) });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      async sendVerificationEmail({ user, url }) {
        await mailer.send({ to: user.email, ...renderVerificationEmail({ name: user.name, url }) });
      },
    },

    // Breached-password list on sign-up, reset and change; no bidi controls in names (input-policy.ts).
    hooks: { before: inputPolicyHook },

    user: { additionalFields: userAdditionalFields },
    // Non-browser clients (REST, the typed client, mobile): sign-in answers the session token in a
    // `set-auth-token` header, and `Authorization: Bearer <token>` then works like the cookie.
    // genericOAuth: Google, GitHub or any OIDC issuer, through the standard /sign-in/social and
    // /callback/:provider endpoints (oauth-providers.ts).
    plugins: [bearer(), genericOAuth({ config: options.oauthProviders ?? [] })],
    account: {
      accountLinking: {
        // A provider sign-in whose e-mail matches an existing account links to it only when the
        // provider says the e-mail is verified (no provider is "trusted" regardless) AND the
        // Healio account's own e-mail is verified; otherwise it is refused ("account_not_linked").
        enabled: true,
        trustedProviders: [],
        requireLocalEmailVerified: true,
        // The last way to sign in cannot be unlinked (Better-Auth refuses with FAILED_TO_UNLINK_LAST_ACCOUNT).
        allowUnlinkingAll: false,
        // Connecting a provider from the account page requires the same e-mail address.
        allowDifferentEmails: false,
      },
    },
    session: {
      expiresIn: 7 * DAY,
      updateAge: DAY,
      // Off so a ban or role change takes effect on the next request, not after a cache period.
      cookieCache: { enabled: false },
    },

    rateLimit: {
      enabled: options.rateLimit?.enabled ?? true,
      // In the database so the limit holds across processes (two Next apps, several workers).
      storage: "database",
      modelName: "rateLimit",
      window: defaultRule.window,
      max: defaultRule.max,
      customRules: rateLimitRules,
    },

    advanced: {
      // Better-Auth skips origin/callback-URL checks when NODE_ENV=test; keep them on everywhere.
      disableOriginCheck: false,
      useSecureCookies: production,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: production },
    },

    databaseHooks: {
      user: {
        create: {
          // Defence in depth behind `input: false`: nothing that creates a user through Better-Auth
          // (sign-up, OAuth later) can make an admin, a seller, or a pre-banned account.
          async before(user) {
            return { data: { ...user, role: "CUSTOMER", banned: false, banReason: null } };
          },
        },
      },
      session: {
        create: {
          // Every sign-in path (password, verification auto sign-in, future OAuth) creates a session.
          async before(session, ctx) {
            // Inside sign-up the adapter runs in a transaction: ask through it, not the global client
            // (on the embedded PGlite server a second connection would wait for that transaction).
            const user = ctx
              ? await ctx.context.internalAdapter.findUserById(session.userId)
              : await db.user.findUnique({ where: { id: session.userId } });
            if (user && (user as { banned?: unknown }).banned === true) {
              throw new APIError("FORBIDDEN", { message: "This account is suspended. Please contact support.", code: "USER_BANNED" });
            }
          },
        },
      },
    },
  });
  // getActor's one-statement session read (session-lookup.ts) uses the same database.
  sessionDatabases.set(auth, db);
  return auth;
}

/** The database of each Better-Auth instance made here (for session-lookup.ts). */
export const sessionDatabases = new WeakMap<object, Db>();

export type Auth = ReturnType<typeof createAuth>;
export type Session = Auth["$Infer"]["Session"];
