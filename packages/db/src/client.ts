import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { requireDatabaseUrl } from "./env";

export type Db = PrismaClient;
/** The client handed to a `db.$transaction(async (tx) => ...)` callback. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
/** Either the root client or a transaction client: services accept both. */
export type DbOrTx = Db | Tx;

export interface CreateDbOptions {
  url?: string;
  /** Pool size; PGlite's socket server serialises anyway, so small pools are fine. */
  max?: number;
  log?: boolean;
}

export function createDb(options: CreateDbOptions = {}): Db {
  const adapter = new PrismaPg({
    connectionString: options.url ?? requireDatabaseUrl(),
    max: options.max ?? 10,
  });
  return new PrismaClient({ adapter, log: options.log ? ["query"] : [] });
}

const globalForDb = globalThis as unknown as { healioDb?: Db };

/** One client per process (Next dev reloads modules; keep the pool across reloads). */
export function getDb(): Db {
  globalForDb.healioDb ??= createDb();
  return globalForDb.healioDb;
}
