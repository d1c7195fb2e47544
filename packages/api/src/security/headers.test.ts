import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./headers";

function csp(production: boolean, imageOrigins?: string[]): Map<string, string[]> {
  const value = contentSecurityPolicy({ production, ...(imageOrigins ? { imageOrigins } : {}) });
  return new Map(
    value.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

const byKey = (production: boolean) => new Map(securityHeaders({ production }).map((h) => [h.key, h.value]));

describe("securityHeaders", () => {
  it("sets the baseline headers in every environment", () => {
    for (const production of [false, true]) {
      const h = byKey(production);
      expect(h.get("X-Content-Type-Options")).toBe("nosniff");
      expect(h.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(h.get("X-Frame-Options")).toBe("DENY");
      expect(h.get("Permissions-Policy")).toMatch(/camera=\(\)/);
      expect(h.get("Permissions-Policy")).toMatch(/geolocation=\(\)/);
      expect(h.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
      expect(h.get("Content-Security-Policy")).toBeDefined();
    }
  });

  it("sends HSTS only over https (by default: in production)", () => {
    expect(byKey(true).get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(byKey(false).has("Strict-Transport-Security")).toBe(false);
    const plainHttp = securityHeaders({ production: true, https: false });
    expect(plainHttp.some((h) => h.key === "Strict-Transport-Security")).toBe(false);
    expect(plainHttp.find((h) => h.key === "Content-Security-Policy")?.value).not.toContain("upgrade-insecure-requests");
  });

  it("has no duplicate header keys (Next would send both)", () => {
    const keys = securityHeaders({ production: true }).map((h) => h.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows only the app's own origin and forbids framing, plugins and foreign form targets", () => {
    const p = csp(true);
    expect(p.get("default-src")).toEqual(["'self'"]);
    expect(p.get("frame-ancestors")).toEqual(["'none'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("base-uri")).toEqual(["'self'"]);
    expect(p.get("form-action")).toEqual(["'self'"]);
    expect(p.get("connect-src")).toEqual(["'self'"]);
    expect(p.has("upgrade-insecure-requests")).toBe(true);
    // No wildcard or foreign source anywhere.
    for (const values of p.values()) for (const v of values) expect(v).not.toMatch(/^\*|^https?:|^http:$/);
  });

  it("adds eval and websockets for Next dev (HMR) only outside production", () => {
    expect(csp(true).get("script-src")).not.toContain("'unsafe-eval'");
    expect(csp(false).get("script-src")).toContain("'unsafe-eval'");
    expect(csp(false).get("connect-src")).toEqual(["'self'", "ws:", "wss:"]);
    expect(csp(false).has("upgrade-insecure-requests")).toBe(false);
  });

  it("can allow an image CDN", () => {
    expect(csp(true, ["https://images.example.com"]).get("img-src")).toContain("https://images.example.com");
  });
});
