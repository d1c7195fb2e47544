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
});
