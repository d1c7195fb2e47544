import type { Db, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { runTransaction } from "../checkout/run-transaction";
import type { SetBlockedInput } from "./people.schema";

export type BlockResult = { userId: string; blocked: boolean; sessionsRevoked: number };

type LockedUser = { id: string; role: string; banned: boolean; banReason: string | null };

async function lockUser(tx: Tx, userId: string): Promise<LockedUser> {
  const rows = await tx.$queryRaw<LockedUser[]>`
    SELECT id, role::text AS role, banned, "banReason" FROM "user" WHERE id = ${userId} FOR UPDATE`;
  const user = rows[0];
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  return user;
}

/**
 * Refuses to block the last admin who can still act. The active admins' rows are locked first, so
 * two admins blocking each other at the same time cannot both succeed and lock everyone out.
 */
async function assertAnotherAdminRemains(tx: Tx, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "user" WHERE role = 'ADMIN' AND NOT banned ORDER BY id FOR UPDATE`;
  if (!admins.some((a) => a.id !== userId)) {
    throw new AppError("CONFLICT", "This is the last active admin: make someone else an admin first.", { reason: "last_admin" });
  }
}

/**
 * Blocks an account: in ONE transaction the flag is set, every session is deleted (so the very
 * next request with the old cookie has no actor), and an audit row records who, why and when.
 * The person's orders, cart, reviews and listings are kept; a blocked seller's listings leave the
 * storefront at once through the sellable predicate (catalog/sellable.ts).
 */
export async function blockUser(db: Db, actor: Actor, input: SetBlockedInput): Promise<BlockResult> {
  if (input.userId === actor.userId) throw new AppError("CONFLICT", "You cannot block your own account.", { reason: "self" });
  return runTransaction(db, async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (user.banned) throw new AppError("CONFLICT", "This account is already blocked.", { reason: "already_blocked" });
    if (user.role === "ADMIN") await assertAnotherAdminRemains(tx, user.id);
    const bannedAt = new Date();
    await tx.user.update({ where: { id: user.id }, data: { banned: true, banReason: input.reason, bannedAt } });
    const revoked = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.blocked",
      entityType: "User",
      entityId: user.id,
      before: { banned: false },
      after: { banned: true, reason: input.reason, sessionsRevoked: revoked.count },
    });
    return { userId: user.id, blocked: true, sessionsRevoked: revoked.count };
  });
}

/** Lifts a block (with a reason, for the record). The person signs in again; nothing else changes. */
export async function unblockUser(db: Db, actor: Actor, input: SetBlockedInput): Promise<BlockResult> {
  return runTransaction(db, async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user.banned) throw new AppError("CONFLICT", "This account is not blocked.", { reason: "not_blocked" });
    await tx.user.update({ where: { id: user.id }, data: { banned: false, banReason: null, bannedAt: null } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.unblocked",
      entityType: "User",
      entityId: user.id,
      before: { banned: true, reason: user.banReason },
      after: { banned: false, reason: input.reason },
    });
    return { userId: user.id, blocked: false, sessionsRevoked: 0 };
  });
}
