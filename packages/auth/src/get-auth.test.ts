import { afterAll, describe, expect, it, vi } from "vitest";

// getAuth builds everything from the environment; stub it before the modules read it.
vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/healio_get_auth_unused");
vi.stubEnv("BETTER_AUTH_SECRET", "");
vi.stubEnv("WEB_URL", "http://shop.localhost:4000");
vi.stubEnv("ADMIN_URL", "http://admin.localhost:4001");
vi.stubEnv("SMTP_URL", "");
vi.stubEnv("NODE_ENV", "development");

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("getAuth", () => {
  it("returns one instance per base URL, configured from the environment", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { getAuth } = await import("./get-auth");
    const web = getAuth({ baseURL: "http://shop.localhost:4000" });
    expect(getAuth({ baseURL: "http://shop.localhost:4000/" })).toBe(web);
    const admin = getAuth({ baseURL: "http://admin.localhost:4001" });
    expect(admin).not.toBe(web);

    expect(web.options.trustedOrigins).toEqual(["http://shop.localhost:4000", "http://admin.localhost:4001"]);
    expect(web.options.baseURL).toBe("http://shop.localhost:4000");
    expect(web.options.rateLimit?.enabled).toBe(true);
    expect(web.options.advanced?.useSecureCookies).toBe(false);

    // Without BETTER_AUTH_SECRET outside production: the dev-only secret, announced exactly once.
    const { DEV_ONLY_INSECURE_SECRET } = await import("./env");
    expect(web.options.secret).toBe(DEV_ONLY_INSECURE_SECRET);
    expect(warn.mock.calls.filter((c) => String(c[0]).includes("DEV-ONLY"))).toHaveLength(1);
    warn.mockRestore();
  });
});
