import { defineConfig } from "@playwright/test";

// The servers are started by scripts/test.mjs (production builds on a seeded database);
// this config only points the browser at them. Never downloads a browser: Debian's chromium.
const WEB_URL = process.env.WEB_URL || "http://localhost:3000";
const ADMIN_URL = process.env.ADMIN_URL || "http://localhost:3001";
const CI = !!process.env.CI;

export default defineConfig({
  workers: 1,
  fullyParallel: false,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  reporter: CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : [["list"]],
  use: {
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    { name: "storefront", testDir: "apps/web/e2e", use: { baseURL: WEB_URL } },
    { name: "console", testDir: "apps/admin/e2e", use: { baseURL: ADMIN_URL } },
  ],
});
