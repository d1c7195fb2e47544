import { z } from "zod";
import type { OAuthEnv } from "./oauth-providers";

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
  // External sign-in (README "Sign in with Google, GitHub or any OpenID Connect provider").
  GOOGLE_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  GOOGLE_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  GITHUB_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  GITHUB_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** The issuer (its /.well-known/openid-configuration is used) or the discovery URL itself. */
  OIDC_ISSUER: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  OIDC_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  OIDC_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  OIDC_PROVIDER_ID: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9-]{2,32}$/).default("oidc")),
  OIDC_PROVIDER_NAME: z.preprocess(emptyAsUndefined, z.string().max(40).default("Single sign-on")),
});

type ParsedEnv = z.output<typeof envSchema>;

/** Both halves or neither: a half-configured provider is a deployment mistake, not "off". */
function pair(name: string, id: string | undefined, secret: string | undefined) {
  if (id === undefined && secret === undefined) return undefined;
  if (id === undefined || secret === undefined) {
    throw new Error(`${name}_CLIENT_ID and ${name}_CLIENT_SECRET must be set together (or neither).`);
  }
  return { clientId: id, clientSecret: secret };
}

export function discoveryUrlOf(issuer: string): string {
  return issuer.includes("/.well-known/") ? issuer : `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

function oauthEnvOf(env: ParsedEnv): OAuthEnv {
  const google = pair("GOOGLE", env.GOOGLE_CLIENT_ID, env.GOOGLE_CLIENT_SECRET);
  const github = pair("GITHUB", env.GITHUB_CLIENT_ID, env.GITHUB_CLIENT_SECRET);
  if ((env.OIDC_ISSUER === undefined) !== (env.OIDC_CLIENT_ID === undefined)) {
    throw new Error("OIDC_ISSUER and OIDC_CLIENT_ID must be set together (OIDC_CLIENT_SECRET for confidential clients).");
  }
  const oidc = env.OIDC_ISSUER && env.OIDC_CLIENT_ID
    ? {
        id: env.OIDC_PROVIDER_ID,
        name: env.OIDC_PROVIDER_NAME,
        discoveryUrl: discoveryUrlOf(env.OIDC_ISSUER),
        clientId: env.OIDC_CLIENT_ID,
        ...(env.OIDC_CLIENT_SECRET ? { clientSecret: env.OIDC_CLIENT_SECRET } : {}),
      }
    : undefined;
  if (oidc && ["google", "github"].includes(oidc.id)) throw new Error("OIDC_PROVIDER_ID must not be google or github.");
  return { ...(google ? { google } : {}), ...(github ? { github } : {}), ...(oidc ? { oidc } : {}) };
}

export interface AuthEnv {
  production: boolean;
  secret: string;
  /** true when `secret` is DEV_ONLY_INSECURE_SECRET. */
  usingDevSecret: boolean;
  webUrl: string;
  adminUrl: string;
  rateLimitEnabled: boolean;
  /** External sign-in providers that are configured (none by default). */
  oauth: OAuthEnv;
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
    oauth: oauthEnvOf(env),
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
