import type { Db, DbOrTx, Prisma } from "@healio/db";

/**
 * Session settings for one dashboard aggregate, local to its transaction:
 * - jit off: the planner's cost for a scan of a month of order lines passes jit_above_cost, and
 *   compiling the plan then took 1.6 s of a 2.1 s query at 1M orders (bench/analytics-explain.ts)
 *   for a query that runs in well under a second without it;
 * - work_mem 32MB: the per-day and per-medicine sorts/hashes of a 90-day range stay in memory
 *   instead of spilling to disk at the 4MB default.
 */
const LOCAL_SETTINGS = `SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`;

function isRootClient(db: DbOrTx): db is Db {
  return "$transaction" in db;
}

/**
 * Runs one analytics statement with LOCAL_SETTINGS. On the root client it is a batch transaction
 * (BEGIN, settings, the query, COMMIT on one pooled connection), so concurrent aggregates still
 * use separate connections; inside a caller's transaction the settings apply to that transaction.
 */
export async function runAggregate<T>(db: DbOrTx, sql: Prisma.Sql): Promise<T> {
  if (isRootClient(db)) {
    const [, rows] = await db.$transaction([db.$queryRawUnsafe(LOCAL_SETTINGS), db.$queryRaw<T>(sql)]);
    return rows;
  }
  await db.$queryRawUnsafe(LOCAL_SETTINGS);
  return db.$queryRaw<T>(sql);
}
