// Creates (or promotes) the first admin. Admins cannot sign up through the apps, so this is the
// only way in; it is refused unless the operator opted in with ALLOW_ADMIN_SIGNUP=true.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db, Tx } from "../client";
import { Prisma } from "../generated/prisma/client";
import { SeedError } from "./errors";
import { betterAuthHashPassword, passwordSchema, type HashPassword } from "./password";

export interface SeedAdminOptions {
  email: string;
  /** Used only when a credential account has to be created; an existing password is never changed. */
  password: string;
  /** Must be exactly `true` (the script passes ALLOW_ADMIN_SIGNUP === "true"). */
  allow: boolean;
  name?: string;
  /** Defaults to Better-Auth's scrypt `hashPassword`. */
  hashPassword?: HashPassword;
}

export interface SeedAdminResult {
  /** A new user row was created. */
  created: boolean;
  /** An existing user was given the ADMIN role. */
  promoted: boolean;
  /** A credential (e-mail + password) account was added. */
  credentialCreated: boolean;
  userId: string;
  /** The normalised (trimmed, lower-cased) e-mail. */
  email: string;
}

const withCredential = { accounts: { where: { providerId: "credential" } } } as const;

const inputSchema = z.object({
  // Better-Auth stores e-mails lower-cased; match that so the admin can sign in.
  email: z.string().trim().toLowerCase().pipe(z.email("a valid e-mail address is required")),
  password: passwordSchema,
  name: z.string().trim().min(1).max(100).optional(),
});

export async function seedAdmin(db: Db, options: SeedAdminOptions): Promise<SeedAdminResult> {
  if (options.allow !== true) {
    throw new SeedError("Admin seeding is disabled. Set ALLOW_ADMIN_SIGNUP=true to create an admin account.");
  }
  const parsed = inputSchema.safeParse({ email: options.email, password: options.password, name: options.name });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedError(`Invalid admin ${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`);
  }
  const { email, password, name } = parsed.data;

  const existing = await db.user.findUnique({ where: { email }, include: withCredential });
  const needsCredential = !existing || existing.accounts.length === 0;
  const hash = needsCredential ? await (options.hashPassword ?? betterAuthHashPassword)(password) : null;

  try {
    return await db.$transaction((tx) => upsertAdmin(tx, email, name ?? "Administrator", hash));
  } catch (error) {
    // Two concurrent runs: the loser hits the unique e-mail; the winner's admin is what we wanted.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
      if (user?.role === "ADMIN") {
        return { created: false, promoted: false, credentialCreated: false, userId: user.id, email };
      }
    }
    throw error;
  }
}

async function upsertAdmin(tx: Tx, email: string, name: string, hash: string | null): Promise<SeedAdminResult> {
  const user = await tx.user.findUnique({ where: { email }, include: withCredential });
  if (user?.banned) {
    const reason = user.banReason ? ` (${user.banReason})` : "";
    throw new SeedError(`${email} is banned${reason}; lift the ban before making it an admin.`);
  }
  const userId = user?.id ?? randomUUID();
  const created = !user;
  const promoted = !!user && user.role !== "ADMIN";

  if (created) {
    await tx.user.create({ data: { id: userId, email, name, emailVerified: true, role: "ADMIN" } });
  } else if (promoted) {
    await tx.user.update({ where: { id: userId }, data: { role: "ADMIN" } });
  }

  const credentialCreated = !user || user.accounts.length === 0;
  if (credentialCreated) {
    if (hash === null) throw new SeedError("internal: password hash missing for a new credential account");
    await tx.account.create({
      data: { id: randomUUID(), accountId: userId, providerId: "credential", userId, password: hash },
    });
  }

  if (created || promoted || credentialCreated) {
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: created ? "admin.seeded" : promoted ? "user.role.changed" : "admin.credential.added",
        entityType: "User",
        entityId: userId,
        before: user ? { role: user.role, hasCredential: user.accounts.length > 0 } : Prisma.JsonNull,
        after: { role: "ADMIN", hasCredential: true, via: "seed:admin" },
      },
    });
  }
  return { created, promoted, credentialCreated, userId, email };
}
