import type { Db } from "@healio/db";
import type { Actor } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { runTransaction } from "../checkout/run-transaction";
import { getMe, type Me } from "./get-me";
import type { UpdateMeInput } from "./user.schema";

/**
 * Changes the caller's own name, phone or image; only the keys present change. Always
 * `actor.userId`: there is no id in the input to point at someone else. The change is audited
 * (the previous values), as profile edits matter when support investigates an account takeover.
 */
export async function updateMe(db: Db, actor: Actor, input: UpdateMeInput): Promise<Me> {
  return runTransaction(db, async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true, phone: true, image: true } });
    if (!before) return getMe(tx, actor); // NOT_FOUND from getMe
    const data = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await tx.user.update({ where: { id: actor.userId }, data });
    const changed = Object.keys(data) as (keyof typeof before)[];
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.profile_updated",
      entityType: "User",
      entityId: actor.userId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: data,
    });
    return getMe(tx, actor);
  });
}
