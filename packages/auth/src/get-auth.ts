import { getDb } from "@healio/db";
import { getMailer } from "@healio/mail";
import { createAuth } from "./create-auth";
import type { Auth } from "./create-auth";
import { getAuthEnv } from "./env";
import type { ExternalProvider } from "./external-providers";
import { externalProvidersOf, oauthConfigs } from "./oauth-providers";

const globalForAuth = globalThis as unknown as { healioAuth?: Map<string, Auth> };

/**
 * One Better-Auth instance per base URL and process (Next dev reloads modules; keep it across reloads),
 * configured from the environment: BETTER_AUTH_SECRET, WEB_URL, ADMIN_URL, AUTH_RATE_LIMIT,
 * plus DATABASE_URL (@healio/db) and SMTP_URL / MAIL_FROM / MAIL_OUTBOX_DIR (@healio/mail).
 */
export function getAuth(opts: { baseURL: string }): Auth {
  const baseURL = opts.baseURL.replace(/\/+$/, "");
  globalForAuth.healioAuth ??= new Map();
  let auth = globalForAuth.healioAuth.get(baseURL);
  if (!auth) {
    const env = getAuthEnv();
    auth = createAuth({
      db: getDb(),
      mailer: getMailer(),
      baseURL,
      secret: env.secret,
      trustedOrigins: [env.webUrl, env.adminUrl],
      production: env.production,
      rateLimit: { enabled: env.rateLimitEnabled },
      oauthProviders: oauthConfigs(env.oauth),
    });
    globalForAuth.healioAuth.set(baseURL, auth);
  }
  return auth;
}

/** The configured external sign-in providers (id + display name only), for the sign-in buttons. */
export function getExternalProviders(): ExternalProvider[] {
  return externalProvidersOf(oauthConfigs(getAuthEnv().oauth));
}
