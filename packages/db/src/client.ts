import { createHash } from "node:crypto";
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
  /**
   * Called for every SQL statement the client sends (Prisma query events). For tests that count
   * statements and for benchmarks; leave unset in the apps.
   */
  onQuery?: (event: QueryEvent) => void;
  /**
   * Named (prepared) statements: each connection parses and plans a statement text once and then
   * only binds and executes it (measured: ~28 % less PostgreSQL CPU per checkout). Default on;
   * off for servers that cannot keep per-connection statements (e.g. a transaction-mode pooler).
   */
  namedStatements?: boolean;
}

/**
 * The name of a statement: a hash of its text and argument types, so equal texts share one
 * prepared statement per connection. The set of texts is bounded (the SQL is written in code;
 * only IN-list lengths vary), and so is the number of statements each connection keeps.
 */
export function statementName(query: { sql: string; argTypes?: unknown }): string {
  return `h_${createHash("sha1").update(query.sql).update(JSON.stringify(query.argTypes ?? null)).digest("base64url")}`;
}

/** One SQL statement sent by the client (`duration` in ms). */
export type QueryEvent = { query: string; params: string; duration: number; timestamp: Date };

/**
 * Interactive transactions (Better-Auth sign-up, checkout) may wait for a pooled connection and,
 * on a busy 2-core machine, run past Prisma's 5 s default; a timeout there is a spurious failure.
 * Services keep their transactions short; these are ceilings, not budgets.
 */
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

export function createDb(options: CreateDbOptions = {}): Db {
  const adapter = new PrismaPg(
    { connectionString: options.url ?? requireDatabaseUrl(), max: options.max ?? 10 },
    options.namedStatements === false ? {} : { statementNameGenerator: statementName },
  );
  if (!options.onQuery) return new PrismaClient({ adapter, transactionOptions, log: options.log ? ["query"] : [] });
  const onQuery = options.onQuery;
  const client = new PrismaClient({
    adapter,
    transactionOptions,
    log: [{ emit: "event", level: "query" }, ...(options.log ? [{ emit: "stdout" as const, level: "query" as const }] : [])],
  });
  client.$on("query", (event) => onQuery(event));
  return client as unknown as Db;
}

const globalForDb = globalThis as unknown as { healioDb?: Db };

/** One client per process (Next dev reloads modules; keep the pool across reloads). */
export function getDb(): Db {
  globalForDb.healioDb ??= createDb();
  return globalForDb.healioDb;
}
