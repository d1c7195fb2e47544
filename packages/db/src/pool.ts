import pg from "pg";
import { dbEnv } from "./env";

/** Defaults of the app's pool; DATABASE_POOL_MAX / DATABASE_POOL_TIMEOUT_MS override them. */
export const DEFAULT_POOL_MAX = 10;
export const DEFAULT_POOL_TIMEOUT_MS = 3_000;

/**
 * Session settings of every app connection: no parallel query for the app's short statements. A
 * catalogue page that reads 25 rows in 0.7 ms took 12-50 ms as a Gather over two workers (their
 * start-up), which the planner picks for large tables whatever the LIMIT. Works on the embedded
 * PGlite server too. The bench's baselines use the same settings so both sides run the same plan.
 */
export const APP_SESSION_OPTIONS = "-c max_parallel_workers_per_gather=0";

export type PoolStats = {
  max: number;
  /** Connections open (busy + idle). */
  total: number;
  idle: number;
  /** Callers queued for a connection right now. */
  waiting: number;
};

export type PoolConfig = { connectionString: string; max?: number; connectionTimeoutMs?: number };

/**
 * The app's connection pool. `connectionTimeoutMillis` bounds the wait for a free connection (and
 * for opening one): when every connection is busy, a query fails after that long instead of
 * queueing forever, and the API turns the failure into a 503 (errors.ts: isDatabaseUnavailable).
 */
export function createPool(config: PoolConfig): pg.Pool {
  const pool = new pg.Pool({
    connectionString: config.connectionString,
    max: config.max ?? dbEnv.DATABASE_POOL_MAX ?? DEFAULT_POOL_MAX,
    connectionTimeoutMillis: config.connectionTimeoutMs ?? dbEnv.DATABASE_POOL_TIMEOUT_MS ?? DEFAULT_POOL_TIMEOUT_MS,
    options: APP_SESSION_OPTIONS,
  });
  // An idle connection that the server drops (restart, failover) emits "error" on the pool; without
  // a listener Node would crash the process. The pool discards that connection and opens a new one
  // on the next checkout, so there is nothing else to do here.
  pool.on("error", () => {});
  return pool;
}

export function statsOf(pool: pg.Pool): PoolStats {
  return {
    max: pool.options.max ?? DEFAULT_POOL_MAX,
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  };
}

/** Busy enough that a new request would queue: someone is waiting, or every connection is in use. */
export function isSaturated(stats: PoolStats): boolean {
  return stats.waiting > 0 || (stats.idle === 0 && stats.total >= stats.max);
}

/**
 * A one-connection side pool for health checks: `/health` must answer while the app's pool is
 * exhausted, so it never queues behind requests for an app connection. Short timeouts, and the
 * process may exit while it idles.
 */
export function createProbePool(connectionString: string, timeoutMs: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: timeoutMs,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
    statement_timeout: timeoutMs,
  });
  pool.on("error", () => {});
  return pool;
}
