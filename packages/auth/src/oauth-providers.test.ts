import { describe, expect, it } from "vitest";
import { parseAuthEnv } from "./env";
import { externalProvidersOf, oauthConfigs } from "./oauth-providers";

describe("external providers from the environment", () => {
  it("offers nothing when nothing is configured (no buttons)", () => {
    expect(externalProvidersOf(oauthConfigs(parseAuthEnv({}).oauth))).toEqual([]);
  });

  it("builds Google (discovery), GitHub (OAuth endpoints) and an OIDC issuer; the public list has no secrets", () => {
    const env = parseAuthEnv({
      GOOGLE_CLIENT_ID: "g-id",
      GOOGLE_CLIENT_SECRET: "g-secret",
      GITHUB_CLIENT_ID: "gh-id",
      GITHUB_CLIENT_SECRET: "gh-secret",
      OIDC_ISSUER: "https://sso.example.org",
      OIDC_CLIENT_ID: "healio",
      OIDC_CLIENT_SECRET: "oidc-secret",
      OIDC_PROVIDER_ID: "acme",
      OIDC_PROVIDER_NAME: "Acme SSO",
    });
    const configs = oauthConfigs(env.oauth);
    expect(configs.map((c) => [c.providerId, c.discoveryUrl ?? c.authorizationUrl])).toEqual([
      ["google", "https://accounts.google.com/.well-known/openid-configuration"],
      ["github", "https://github.com/login/oauth/authorize"],
      ["acme", "https://sso.example.org/.well-known/openid-configuration"],
    ]);
    // OIDC identities come from verified ID tokens only.
    expect(configs.find((c) => c.providerId === "acme")).toMatchObject({ requireIdTokenVerification: true, disableProviderLogout: true });
    const shown = externalProvidersOf(configs);
    expect(shown).toEqual([
      { id: "google", name: "Google" },
      { id: "github", name: "GitHub" },
      { id: "acme", name: "Acme SSO" },
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/secret|g-id|gh-id|healio/);
  });
});
