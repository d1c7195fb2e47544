import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { requireDatabaseUrl } from "./env";
import { createNotificationListener, type ListenerState, type NotificationHandler, type NotificationListener } from "./notifications";
import { createPool, createProbePool, isSaturated, statsOf, type PoolStats } from "./pool";

export type Db = PrismaClient;
/** The client handed to a `db.$transaction(async (tx) => ...)` callback. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
/** Either the root client or a transaction client: services accept both. */
export type DbOrTx = Db | Tx;

export interface CreateDbOptions {
  url?: string;
  /** Pool size (default DATABASE_POOL_MAX or 10); PGlite's socket server serialises anyway, so small pools are fine. */
  max?: number;
  /** Longest wait for a pooled connection before a query fails (default DATABASE_POOL_TIMEOUT_MS or 3000). */
  connectionTimeoutMs?: number;
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

type PoolHandle = { pool: pg.Pool; connectionString: string; probe?: pg.Pool; listener?: NotificationListener };
/**
 * The pool behind each client made by createDb (health checks read it; closeDb ends the probe).
 * On globalThis: Next may bundle this module more than once, and getDb's client is process-wide.
 */
const poolsState = globalThis as unknown as { healioPools?: WeakMap<object, PoolHandle> };
const pools = (poolsState.healioPools ??= new WeakMap<object, PoolHandle>());

export function createDb(options: CreateDbOptions = {}): Db {
  const connectionString = options.url ?? requireDatabaseUrl();
  const pool = createPool({
    connectionString,
    ...(options.max !== undefined ? { max: options.max } : {}),
    ...(options.connectionTimeoutMs !== undefined ? { connectionTimeoutMs: options.connectionTimeoutMs } : {}),
  });
  // The pool is ours (not the adapter's) so that its occupancy can be read; $disconnect still ends it.
  // (Cast: adapter-pg ships newer @types/pg than ours; at runtime both are the same pg 8.23.1.)
  const adapter = new PrismaPg(pool as unknown as ConstructorParameters<typeof PrismaPg>[0], {
    disposeExternalPool: true,
    ...(options.namedStatements === false ? {} : { statementNameGenerator: statementName }),
  });
  let client: Db;
  if (!options.onQuery) {
    client = new PrismaClient({ adapter, transactionOptions, log: options.log ? ["query"] : [] });
  } else {
    const onQuery = options.onQuery;
    const withEvents = new PrismaClient({
      adapter,
      transactionOptions,
      log: [{ emit: "event", level: "query" }, ...(options.log ? [{ emit: "stdout" as const, level: "query" as const }] : [])],
    });
    withEvents.$on("query", (event) => onQuery(event));
    client = withEvents as unknown as Db;
  }
  pools.set(client, { pool, connectionString });
  return client;
}

/** Occupancy of a createDb client's pool (null for other clients, e.g. test doubles). */
export function poolStats(db: object): PoolStats | null {
  const handle = pools.get(db);
  return handle ? statsOf(handle.pool) : null;
}

export type DatabaseProbe = { pool: PoolStats | null; saturated: boolean };

/**
 * Is the database reachable? Asked over a separate one-connection pool, so the answer does not
 * wait for a free app connection; throws when the server cannot be reached within `timeoutMs`.
 * Clients not made by createDb are asked directly.
 */
export async function probeDatabase(db: DbOrTx, timeoutMs = 2_000): Promise<DatabaseProbe> {
  const handle = pools.get(db);
  if (!handle) {
    await db.$queryRaw`SELECT 1`;
    return { pool: null, saturated: false };
  }
  handle.probe ??= createProbePool(handle.connectionString, timeoutMs);
  await handle.probe.query("SELECT 1");
  const stats = statsOf(handle.pool);
  return { pool: stats, saturated: isSaturated(stats) };
}

/**
 * Handles NOTIFYs on `channel` of a createDb client's database, over the client's one listening
 * connection (opened on first use, reconnecting by itself; notifications.ts). `onState` (of the
 * first subscriber) hears when the connection is lost and back. Returns the unsubscribe function,
 * or null for clients not made by createDb (transaction clients, test doubles): nothing to listen with.
 */
export function listenToChannel(
  db: object,
  channel: string,
  handler: NotificationHandler,
  onState?: (state: ListenerState) => void,
): (() => void) | null {
  const handle = pools.get(db);
  if (!handle) return null;
  handle.listener ??= createNotificationListener(handle.connectionString, onState);
  return handle.listener.subscribe(channel, handler);
}

/**
 * Resolves true once every notification committed before the call reached `db`'s listener
 * (NotificationListener.barrier); false when `db` does not listen or its connection is down.
 */
export function notificationBarrier(db: object): Promise<boolean> {
  const listener = pools.get(db)?.listener;
  return listener ? listener.barrier() : Promise.resolve(false);
}

/** Closes a createDb client: its pool (through $disconnect), its health-probe and its LISTEN connection. */
export async function closeDb(db: Db): Promise<void> {
  const handle = pools.get(db);
  await Promise.all([db.$disconnect(), handle?.probe?.end(), handle?.listener?.close()]);
}

const globalForDb = globalThis as unknown as { healioDb?: Db };

/** One client per process (Next dev reloads modules; keep the pool across reloads). */
export function getDb(): Db {
  globalForDb.healioDb ??= createDb();
  return globalForDb.healioDb;
}

/** Closes getDb's client if this process made one (graceful shutdown); a later getDb makes a new one. */
export async function closeDefaultDb(): Promise<void> {
  const db = globalForDb.healioDb;
  if (!db) return;
  delete globalForDb.healioDb;
  await closeDb(db);
}
