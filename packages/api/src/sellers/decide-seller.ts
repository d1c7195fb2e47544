import type { Db, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { runTransaction } from "../checkout/run-transaction";
import { enqueueMail } from "../outbox/enqueue-mail";
import type { Rendered } from "../outbox/templates";
import type { ProfileDecisionInput, ProfileIdInput, RenewLicenceInput } from "./seller-application.schema";
import {
  renderApplicationApproved,
  renderApplicationRejected,
  renderSellerReinstated,
  renderSellerSuspended,
} from "./seller-mail";

type ProfileStatus = "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED";
type LockedProfile = {
  id: string;
  userId: string;
  storeName: string;
  status: ProfileStatus;
  licenceExpiresAt: Date;
  name: string;
  email: string;
  role: string;
};

export type SellerDecisionResult = { profileId: string; status: ProfileStatus };

/** Each admin decision: from which state, to which, and what the seller is told. */
const DECISIONS = {
  approve: { from: "PENDING", to: "APPROVED", action: "seller.approved" },
  reject: { from: "PENDING", to: "REJECTED", action: "seller.rejected" },
  suspend: { from: "APPROVED", to: "SUSPENDED", action: "seller.suspended" },
  reinstate: { from: "SUSPENDED", to: "APPROVED", action: "seller.reinstated" },
} as const satisfies Record<string, { from: ProfileStatus; to: ProfileStatus; action: string }>;
type Decision = keyof typeof DECISIONS;

async function lockProfile(tx: Tx, profileId: string): Promise<LockedProfile> {
  const rows = await tx.$queryRaw<LockedProfile[]>`
    SELECT sp.id, sp."userId", sp."storeName", sp.status::text AS status, sp."licenceExpiresAt", u.name, u.email, u.role::text AS role
    FROM "SellerProfile" sp JOIN "user" u ON u.id = sp."userId"
    WHERE sp.id = ${profileId}
    FOR UPDATE OF sp, u`;
  const profile = rows[0];
  if (!profile) throw new AppError("NOT_FOUND", "No such seller application.");
  return profile;
}

function mailFor(decision: Decision, p: LockedProfile, reason: string | null): Rendered {
  switch (decision) {
    case "approve":
      return renderApplicationApproved(p.name, p.storeName);
    case "reject":
      return renderApplicationRejected(p.name, p.storeName, reason ?? "");
    case "suspend":
      return renderSellerSuspended(p.name, p.storeName, reason ?? "");
    case "reinstate":
      return renderSellerReinstated(p.name, p.storeName);
  }
}

/**
 * One admin decision on a seller, in one transaction with the profile and user rows locked: the
 * state change, the role change on approval (CUSTOMER -> SELLER), the audit row and the mail
 * (outbox, sent after commit). A decision from the wrong state is a CONFLICT naming the state.
 * Suspension hides the seller's listings at once through catalog/sellable.ts; their orders stay.
 */
async function decide(db: Db, actor: Actor, decision: Decision, profileId: string, reason: string | null): Promise<SellerDecisionResult> {
  const rule = DECISIONS[decision];
  return runTransaction(db, async (tx) => {
    const profile = await lockProfile(tx, profileId);
    if (profile.status !== rule.from) {
      throw new AppError("CONFLICT", `This seller is ${profile.status.toLowerCase()}; only a ${rule.from.toLowerCase()} one can be ${rule.to.toLowerCase()}.`, {
        reason: "wrong_state",
        status: profile.status,
      });
    }
    if (decision === "approve" && profile.licenceExpiresAt.getTime() <= Date.now()) {
      throw new AppError("CONFLICT", "The licence on this application has expired: record the renewed licence first.", { reason: "licence_expired" });
    }
    await tx.sellerProfile.update({
      where: { id: profile.id },
      data: { status: rule.to, decisionReason: reason, decidedAt: new Date(), decidedById: actor.userId },
    });
    if (decision === "approve" && profile.role === "CUSTOMER") {
      await tx.user.update({ where: { id: profile.userId }, data: { role: "SELLER" } });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "user.role_changed",
        entityType: "User",
        entityId: profile.userId,
        before: { role: profile.role },
        after: { role: "SELLER" },
      });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: rule.action,
      entityType: "SellerProfile",
      entityId: profile.id,
      before: { status: profile.status },
      after: { status: rule.to, ...(reason ? { reason } : {}) },
    });
    await enqueueMail(tx, { to: profile.email, ...mailFor(decision, profile, reason) });
    return { profileId: profile.id, status: rule.to };
  });
}

export const approveSeller = (db: Db, actor: Actor, input: ProfileIdInput) => decide(db, actor, "approve", input.profileId, null);
export const rejectSeller = (db: Db, actor: Actor, input: ProfileDecisionInput) => decide(db, actor, "reject", input.profileId, input.reason);
export const suspendSeller = (db: Db, actor: Actor, input: ProfileDecisionInput) => decide(db, actor, "suspend", input.profileId, input.reason);
export const reinstateSeller = (db: Db, actor: Actor, input: ProfileIdInput) => decide(db, actor, "reinstate", input.profileId, null);

/** Records a renewed licence (the only way a seller whose licence lapsed sells again). Audited. */
export async function renewSellerLicence(db: Db, actor: Actor, input: RenewLicenceInput): Promise<SellerDecisionResult> {
  return runTransaction(db, async (tx) => {
    const profile = await lockProfile(tx, input.profileId);
    await tx.sellerProfile.update({ where: { id: profile.id }, data: { licenceExpiresAt: input.licenceExpiresAt } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "seller.licence_renewed",
      entityType: "SellerProfile",
      entityId: profile.id,
      before: { licenceExpiresAt: profile.licenceExpiresAt.toISOString() },
      after: { licenceExpiresAt: input.licenceExpiresAt.toISOString() },
    });
    return { profileId: profile.id, status: profile.status };
  });
}
