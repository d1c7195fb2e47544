import { afterAll, beforeAll } from "vitest";
import { createDb, type Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { startTestSmtpServer, type TestSmtpServer } from "@healio/mail/testing";
import { createCaller } from "../root";
import { createShop } from "./commerce";
import { actorOf, createUser } from "./factories";

/**
 * Per-file test set-ups that many files repeated: each registers its beforeAll/afterAll hooks and
 * returns an object whose fields are ready inside tests (reading one earlier throws). vitest runs
 * afterAll hooks in reverse order, so what a later set-up made is closed before the database drops.
 */
function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is ready inside tests only`);
  return value;
}

/** This file's own migrated database (created before its tests, dropped after). */
export function useTestDatabase(): TestDatabase {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.drop();
  });
  return {
    get url() {
      return ready(t, "the test database").url;
    },
    get db() {
      return ready(t, "the test database").db;
    },
    drop: () => ready(t, "the test database").drop(),
  };
}

/** A real SMTP server on loopback for this file (mail tests read what it received). */
export function useSmtpServer(): TestSmtpServer {
  let smtp: TestSmtpServer | undefined;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  return {
    get url() {
      return ready(smtp, "the SMTP server").url;
    },
    get port() {
      return ready(smtp, "the SMTP server").port;
    },
    get messages() {
      return ready(smtp, "the SMTP server").messages;
    },
    waitForMail: (predicate, timeoutMs) => ready(smtp, "the SMTP server").waitForMail(predicate, timeoutMs),
    close: () => ready(smtp, "the SMTP server").close(),
  };
}

export type Marketplace = {
  /** A separate pool of `poolMax` connections: concurrent calls really overlap in PostgreSQL. */
  readonly pool: Db;
  readonly shop: Awaited<ReturnType<typeof createShop>>;
  readonly admin: ReturnType<typeof createCaller>;
};

/** A shop (seller, category, medicine factory), an admin caller and a wide pool on `t`'s database. */
export function useMarketplace(t: TestDatabase, opts: { storeName: string; poolMax: number }): Marketplace {
  let pool: Db | undefined;
  let shop: Marketplace["shop"] | undefined;
  let admin: Marketplace["admin"] | undefined;
  beforeAll(async () => {
    pool = createDb({ url: t.url, max: opts.poolMax });
    shop = await createShop(t.db, { storeName: opts.storeName });
    admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
  });
  afterAll(async () => {
    await pool?.$disconnect();
  });
  return {
    get pool() {
      return ready(pool, "the pool");
    },
    get shop() {
      return ready(shop, "the shop");
    },
    get admin() {
      return ready(admin, "the admin");
    },
  };
}
