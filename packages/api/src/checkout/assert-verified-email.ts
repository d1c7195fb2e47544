import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";

/**
 * A pharmacy must be able to reach whoever it dispenses to: no order without a verified e-mail
 * address. FORBIDDEN with reason "email_unverified" (the checkout offers to resend the link).
 */
export async function assertVerifiedEmail(db: DbOrTx, actor: Actor): Promise<void> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { emailVerified: true } });
  if (!user?.emailVerified) {
    throw new AppError("FORBIDDEN", `Verify your e-mail address (${actor.email}) before placing an order.`, {
      reason: "email_unverified",
    });
  }
}
