import { defineConfig } from "vitest/config";

/**
 * Fault and load tests against real processes on loopback (reliability/): the storefront's
 * production build served by scripts/serve.mjs, real PostgreSQL (through a TCP proxy where a test
 * cuts it), a real SMTP server. Run by `npm test` after the apps are built; one file at a time
 * (each starts its own server and loads the 2-core machine).
 */
export default defineConfig({
  test: {
    include: ["reliability/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
