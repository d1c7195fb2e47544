import type { DbOrTx } from "@healio/db";

export type PurgeResult = { idempotencyKeys: number; sentMail: number; cutoff: string };

const DAY_MS = 86_400_000;

/**
 * Retention (issue #13): idempotency keys of checkouts and outbox rows that were SENT are kept
 * `retentionDays` (JOB_RETENTION_DAYS, default 30), then deleted. A checkout retried with the same
 * key after that window is treated as new (clients retry within minutes). PENDING and FAILED mail
 * is never purged: the first still has to go out, the second is kept for inspection.
 */
export async function purgeOldRecords(db: DbOrTx, options: { retentionDays: number; now?: Date }): Promise<PurgeResult> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * DAY_MS);
  const idempotencyKeys = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: cutoff } } });
  const sentMail = await db.emailOutbox.deleteMany({ where: { status: "SENT", sentAt: { lt: cutoff } } });
  return { idempotencyKeys: idempotencyKeys.count, sentMail: sentMail.count, cutoff: cutoff.toISOString() };
}
