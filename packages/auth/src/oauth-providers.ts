import type { GenericOAuthConfig } from "better-auth/plugins/generic-oauth";
import type { ExternalProvider } from "./external-providers";

/** External provider settings as read from the environment (env.ts); absent = not offered. */
export type OAuthEnv = {
  google?: { clientId: string; clientSecret: string };
  github?: { clientId: string; clientSecret: string };
  /** Any OpenID Connect issuer, found through its discovery document. */
  oidc?: { id: string; name: string; discoveryUrl: string; clientId: string; clientSecret?: string };
};

const GOOGLE_DISCOVERY = "https://accounts.google.com/.well-known/openid-configuration";

type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * GitHub is OAuth 2.0 without OpenID Connect: the profile has no `email_verified`, so the
 * primary address and its verified flag come from /user/emails. Only a verified primary address
 * may link to an existing Healio account (linking rules in create-auth.ts).
 */
async function gitHubUserInfo(accessToken: string | undefined) {
  if (!accessToken) return null;
  const headers = { authorization: `Bearer ${accessToken}`, accept: "application/vnd.github+json", "user-agent": "Healio" };
  const [profileRes, emailsRes] = await Promise.all([
    fetch("https://api.github.com/user", { headers }),
    fetch("https://api.github.com/user/emails", { headers }),
  ]);
  if (!profileRes.ok) return null;
  const profile = (await profileRes.json()) as { id: number; login: string; name: string | null; avatar_url?: string };
  const emails = emailsRes.ok ? ((await emailsRes.json()) as GitHubEmail[]) : [];
  const primary = emails.find((e) => e.primary) ?? emails[0];
  if (!primary) return null;
  return {
    id: String(profile.id),
    name: profile.name ?? profile.login,
    email: primary.email,
    emailVerified: primary.verified,
    image: profile.avatar_url,
  };
}

/** Better-Auth generic OAuth configs for the providers present in `env` (Google, GitHub, one OIDC issuer). */
export function oauthConfigs(env: OAuthEnv): GenericOAuthConfig[] {
  const configs: GenericOAuthConfig[] = [];
  if (env.google) {
    configs.push({
      providerId: "google",
      name: "Google",
      discoveryUrl: GOOGLE_DISCOVERY,
      clientId: env.google.clientId,
      clientSecret: env.google.clientSecret,
      scopes: ["openid", "email", "profile"],
      requireIdTokenVerification: true,
    });
  }
  if (env.github) {
    configs.push({
      providerId: "github",
      name: "GitHub",
      authorizationUrl: "https://github.com/login/oauth/authorize",
      tokenUrl: "https://github.com/login/oauth/access_token",
      clientId: env.github.clientId,
      clientSecret: env.github.clientSecret,
      scopes: ["read:user", "user:email"],
      getUserInfo: (tokens) => gitHubUserInfo(tokens.accessToken),
    });
  }
  if (env.oidc) {
    configs.push({
      providerId: env.oidc.id,
      name: env.oidc.name,
      discoveryUrl: env.oidc.discoveryUrl,
      clientId: env.oidc.clientId,
      ...(env.oidc.clientSecret ? { clientSecret: env.oidc.clientSecret } : {}),
      scopes: ["openid", "email", "profile"],
      // Identity comes from ID-token claims: without a verifiable issuer + JWKS, do not offer it.
      requireIdTokenVerification: true,
      // Signing out of Healio does not sign the person out of their identity provider (the
      // provider's logout page would otherwise race the app's own redirect after sign-out).
      disableProviderLogout: true,
    });
  }
  return configs;
}

/** The public part (id, display name) of the configured providers, for the sign-in buttons. */
export function externalProvidersOf(configs: readonly GenericOAuthConfig[]): ExternalProvider[] {
  return configs.map((c) => ({ id: c.providerId, name: c.name ?? c.providerId }));
}
