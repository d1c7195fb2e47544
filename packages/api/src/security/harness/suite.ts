import { afterAll, beforeAll } from "vitest";
import type { Actor } from "@healio/auth";
import type { Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createBannedCaller } from "./banned";

export type SecuritySuite = { db: Db; resolveBanned: () => Promise<Actor | null> };

/** One migrated database per test file (+ a banned Better-Auth user), created in beforeAll. */
export function useSecuritySuite(): SecuritySuite {
  let t: TestDatabase | undefined;
  let resolveBanned: (() => Promise<Actor | null>) | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
    resolveBanned = (await createBannedCaller(t.db)).resolve;
  });
  afterAll(async () => {
    await t?.drop();
  });
  return {
    get db() {
      if (!t) throw new Error("security suite: database not ready (use inside tests)");
      return t.db;
    },
    resolveBanned: () => {
      if (!resolveBanned) throw new Error("security suite: not ready");
      return resolveBanned();
    },
  };
}
