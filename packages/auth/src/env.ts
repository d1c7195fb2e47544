import { z } from "zod";

/**
 * Used only outside production when BETTER_AUTH_SECRET is unset, so `npm start` works out of the box.
 * Sessions signed with it are worthless anywhere else; getAuthEnv() warns when it is used.
 */
export const DEV_ONLY_INSECURE_SECRET = "healio-DEV-ONLY-insecure-secret-never-use-in-production";

const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

const envSchema = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.string().optional()),
  BETTER_AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  WEB_URL: z.preprocess(emptyAsUndefined, z.string().url().default("http://localhost:3000")),
  ADMIN_URL: z.preprocess(emptyAsUndefined, z.string().url().default("http://localhost:3001")),
  /** "off" disables the sign-in/sign-up/reset throttling (e.g. for an e2e run that signs in a lot). */
  AUTH_RATE_LIMIT: z.preprocess(emptyAsUndefined, z.enum(["on", "off"]).default("on")),
});

export interface AuthEnv {
  production: boolean;
  secret: string;
  /** true when `secret` is DEV_ONLY_INSECURE_SECRET. */
  usingDevSecret: boolean;
  webUrl: string;
  adminUrl: string;
  rateLimitEnabled: boolean;
}

/** Validates an environment (pure: pass `process.env` or a test object). Throws with a readable message. */
export function parseAuthEnv(source: Record<string, string | undefined>): AuthEnv {
  const env = envSchema.parse(source);
  const production = env.NODE_ENV === "production";
  const secret = env.BETTER_AUTH_SECRET;
  if (secret !== undefined && secret.length < 32) {
    throw new Error("BETTER_AUTH_SECRET must be at least 32 characters (generate one: openssl rand -base64 32).");
  }
  if (secret === undefined && production) {
    throw new Error("BETTER_AUTH_SECRET is required in production (at least 32 characters: openssl rand -base64 32).");
  }
  return {
    production,
    secret: secret ?? DEV_ONLY_INSECURE_SECRET,
    usingDevSecret: secret === undefined,
    webUrl: env.WEB_URL,
    adminUrl: env.ADMIN_URL,
    rateLimitEnabled: env.AUTH_RATE_LIMIT === "on",
  };
}

let cached: AuthEnv | undefined;

/** The only place in @healio/auth that reads process.env; parsed on first use, not at import. */
export function getAuthEnv(): AuthEnv {
  if (!cached) {
    cached = parseAuthEnv(process.env);
    if (cached.usingDevSecret) {
      console.warn(
        "[auth] BETTER_AUTH_SECRET is not set: using a DEV-ONLY insecure secret. Set BETTER_AUTH_SECRET (>= 32 chars) for anything but local development.",
      );
    }
  }
  return cached;
}
