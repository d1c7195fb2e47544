import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // Every test file creates (and drops) its own migrated database on real PostgreSQL; the
    // embedded PGlite server has a single database, so files then run one at a time.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: process.env.HEALIO_TEST_DB_MODE !== "embedded",
  },
});
