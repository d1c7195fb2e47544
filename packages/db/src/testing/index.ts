import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeDb, createDb, type Db } from "../client";
import { dbEnv } from "../env";
import { applyMigrations } from "../migrate";

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

function adminUrl(): string {
  if (dbEnv.TEST_DATABASE_ADMIN_URL) return dbEnv.TEST_DATABASE_ADMIN_URL;
  if (dbEnv.DATABASE_URL) {
    const url = new URL(dbEnv.DATABASE_URL);
    url.pathname = "/postgres";
    return url.toString();
  }
  return DEFAULT_ADMIN_URL;
}

async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, fully migrated, empty database for one test file.
 * On a PostgreSQL server every call creates its own database (files run in parallel safely).
 * On the embedded PGlite server (one database only) the schema is reset instead; the test script
 * runs files one at a time in that mode.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (dbEnv.HEALIO_TEST_DB_MODE === "embedded") {
    const url = dbEnv.DATABASE_URL;
    if (!url) throw new Error("HEALIO_TEST_DB_MODE=embedded needs DATABASE_URL pointing at the embedded server");
    await runAdmin(url, "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await applyMigrations(url);
    // Tests fire many concurrent calls at a small pool on a busy machine: let them queue (the
    // app's fail-fast bound is tested on its own).
    const db = createDb({ url, max: 4, connectionTimeoutMs: 60_000 });
    return { url, db, drop: () => closeDb(db) };
  }

  const admin = adminUrl();
  const name = `healio_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await runAdmin(admin, `CREATE DATABASE "${name}"`);
  const target = new URL(admin);
  target.pathname = `/${name}`;
  const url = target.toString();
  await applyMigrations(url);
  const db = createDb({ url, max: 20, connectionTimeoutMs: 60_000 });
  return {
    url,
    db,
    drop: async () => {
      await closeDb(db);
      await runAdmin(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
