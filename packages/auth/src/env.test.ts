import { describe, expect, it } from "vitest";
import { DEV_ONLY_INSECURE_SECRET, parseAuthEnv } from "./env";

const GOOD = "0123456789abcdef0123456789abcdef";

describe("parseAuthEnv", () => {
  it("requires BETTER_AUTH_SECRET in production", () => {
    expect(() => parseAuthEnv({ NODE_ENV: "production" })).toThrow(/BETTER_AUTH_SECRET is required/);
    expect(parseAuthEnv({ NODE_ENV: "production", BETTER_AUTH_SECRET: GOOD })).toMatchObject({
      production: true,
      secret: GOOD,
      usingDevSecret: false,
    });
  });

  it("rejects secrets shorter than 32 characters everywhere", () => {
    expect(() => parseAuthEnv({ NODE_ENV: "production", BETTER_AUTH_SECRET: "short" })).toThrow(/at least 32/);
    expect(() => parseAuthEnv({ BETTER_AUTH_SECRET: "short" })).toThrow(/at least 32/);
  });

  it("falls back to a clearly named dev-only secret outside production", () => {
    const env = parseAuthEnv({ NODE_ENV: "development", BETTER_AUTH_SECRET: "" });
    expect(env.secret).toBe(DEV_ONLY_INSECURE_SECRET);
    expect(env.usingDevSecret).toBe(true);
    expect(env.secret.length).toBeGreaterThanOrEqual(32);
  });

  it("defaults the app URLs and keeps rate limiting on", () => {
    expect(parseAuthEnv({})).toMatchObject({
      webUrl: "http://localhost:3000",
      adminUrl: "http://localhost:3001",
      rateLimitEnabled: true,
    });
    expect(parseAuthEnv({ AUTH_RATE_LIMIT: "off" }).rateLimitEnabled).toBe(false);
  });

  it("offers external providers only when configured, and refuses half a configuration", () => {
    expect(parseAuthEnv({}).oauth).toEqual({});
    const env = parseAuthEnv({
      GITHUB_CLIENT_ID: "gh-id",
      GITHUB_CLIENT_SECRET: "gh-secret",
      OIDC_ISSUER: "https://login.example.org/realms/healio/",
      OIDC_CLIENT_ID: "healio",
      OIDC_PROVIDER_NAME: "Example SSO",
    });
    expect(env.oauth).toEqual({
      github: { clientId: "gh-id", clientSecret: "gh-secret" },
      oidc: {
        id: "oidc",
        name: "Example SSO",
        discoveryUrl: "https://login.example.org/realms/healio/.well-known/openid-configuration",
        clientId: "healio",
      },
    });
    expect(() => parseAuthEnv({ GOOGLE_CLIENT_ID: "only-the-id" })).toThrow(/GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET/);
    expect(() => parseAuthEnv({ OIDC_ISSUER: "https://login.example.org" })).toThrow(/OIDC_ISSUER and OIDC_CLIENT_ID/);
    expect(() => parseAuthEnv({ OIDC_ISSUER: "https://x.example", OIDC_CLIENT_ID: "c", OIDC_PROVIDER_ID: "google" })).toThrow(/must not be/);
  });
});
