import { Prisma } from "@healio/db";
import type { Db, Tx } from "@healio/db";
import { AppError } from "../app-error";

export interface RunTransactionOptions {
  /** Total tries, including the first. */
  attempts?: number;
  /** How long to wait for a pooled connection (under a burst of checkouts the pool is the queue). */
  maxWaitMs?: number;
  /** Upper bound for the whole transaction, lock waits included. */
  timeoutMs?: number;
}

const DEFAULTS = { attempts: 5, maxWaitMs: 15_000, timeoutMs: 30_000 } as const;

type AdapterCause = { kind?: string; originalCode?: string };

/**
 * A serialization failure (40001) or deadlock (40P01) means "nothing happened, try again": Postgres
 * rolled the transaction back. Prisma reports both as P2034 (kind TransactionWriteConflict); raw
 * queries may carry the original SQLSTATE instead.
 */
export function isRetryableTransactionError(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2034") return true;
  const cause = (error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined)?.driverAdapterError?.cause;
  return (
    cause?.kind === "TransactionWriteConflict" || cause?.originalCode === "40001" || cause?.originalCode === "40P01"
  );
}

/**
 * No pooled connection within maxWait (P2028 "Unable to start a transaction"): nothing ran, and
 * retrying at once would only lengthen the queue. The client may retry with the same idempotency key.
 */
function isPoolExhausted(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2028" &&
    /unable to start a transaction/i.test(error.message)
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` in one interactive transaction (READ COMMITTED, PostgreSQL's default) and retries it (with jittered backoff) a
 * bounded number of times when Postgres aborts it with a serialization failure or a deadlock. The
 * callback must be safe to run again: everything it wrote was rolled back. A conflict that
 * survives every retry becomes a CONFLICT the user can act on ("try again"), never a 500.
 */
export async function runTransaction<T>(
  db: Db,
  fn: (tx: Tx) => Promise<T>,
  options: RunTransactionOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? DEFAULTS.attempts;
  for (let attempt = 1; ; attempt += 1) {
    try {
      // No isolationLevel option: Prisma would send a separate SET TRANSACTION round trip for the
      // level PostgreSQL already defaults to (READ COMMITTED, see the retry notes above).
      return await db.$transaction(fn, {
        maxWait: options.maxWaitMs ?? DEFAULTS.maxWaitMs,
        timeout: options.timeoutMs ?? DEFAULTS.timeoutMs,
      });
    } catch (error) {
      if (isPoolExhausted(error)) {
        throw new AppError("CONFLICT", "The store is busy right now. Please try again.", { reason: "busy" }, { cause: error });
      }
      if (!isRetryableTransactionError(error)) throw error;
      if (attempt >= attempts) {
        throw new AppError("CONFLICT", "The store is busy right now. Please try again.", { reason: "busy" }, { cause: error });
      }
      await sleep(Math.random() * 20 * 2 ** attempt);
    }
  }
}
