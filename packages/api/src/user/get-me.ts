import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";

/**
 * The caller's own profile. Explicit select: never password hashes, tokens, sessions or ban
 * internals (the account/session tables are not touched at all).
 */
export async function getMe(db: DbOrTx, actor: Actor) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      emailVerified: true,
      phone: true,
      image: true,
      createdAt: true,
      sellerProfile: { select: { id: true, storeName: true, status: true } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "User not found.");
  return user;
}

export type Me = Awaited<ReturnType<typeof getMe>>;
