import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { sellerStanding, type SellerStanding } from "../catalog/sellable";

export type MyApplication = {
  id: string;
  storeName: string;
  licenceNumber: string;
  licenceExpiresAt: Date;
  businessAddress: string;
  phone: string;
  supervisingPharmacist: string;
  status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED";
  standing: SellerStanding;
  decisionReason: string | null;
  appliedAt: Date;
  decidedAt: Date | null;
};

/** The caller's own seller profile (application), with its live standing; null if they never applied. */
export async function getMyApplication(db: DbOrTx, actor: Actor): Promise<MyApplication | null> {
  const profile = await db.sellerProfile.findUnique({
    where: { userId: actor.userId },
    select: {
      id: true, storeName: true, licenceNumber: true, licenceExpiresAt: true, businessAddress: true, phone: true,
      supervisingPharmacist: true, status: true, decisionReason: true, appliedAt: true, decidedAt: true,
    },
  });
  if (!profile) return null;
  return { ...profile, standing: await sellerStanding(db, actor.userId) };
}
