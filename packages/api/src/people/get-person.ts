import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { sellerStanding, type SellerStanding } from "../catalog/sellable";
import type { PersonIdInput, PersonState } from "./people.schema";

export type PersonDetail = {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  phone: string | null;
  role: "ADMIN" | "SELLER" | "CUSTOMER";
  state: PersonState;
  banReason: string | null;
  bannedAt: Date | null;
  createdAt: Date;
  sellerProfile: {
    id: string;
    storeName: string;
    licenceNumber: string;
    licenceExpiresAt: Date;
    status: string;
    standing: SellerStanding;
    decisionReason: string | null;
  } | null;
  recentOrders: { id: string; number: number; status: string; totalCents: number; currency: string; createdAt: Date; as: "customer" | "seller" }[];
  /** Active sessions: when and from where; never the token. */
  sessions: { id: string; createdAt: Date; lastActiveAt: Date; expiresAt: Date; ipAddress: string | null; userAgent: string | null }[];
  audit: { id: string; action: string; actorName: string | null; before: unknown; after: unknown; createdAt: Date }[];
};

const RECENT = 10;

/** Everything an admin needs to decide about one person, read in parallel. */
export async function getPerson(db: DbOrTx, _actor: Actor, input: PersonIdInput): Promise<PersonDetail> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: {
      id: true, name: true, email: true, emailVerified: true, phone: true, role: true, banned: true,
      banReason: true, bannedAt: true, createdAt: true,
      sellerProfile: {
        select: { id: true, storeName: true, licenceNumber: true, licenceExpiresAt: true, status: true, decisionReason: true },
      },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "No such user.");

  const orderSelect = { id: true, number: true, status: true, totalCents: true, currency: true, createdAt: true } as const;
  const [asCustomer, asSeller, sessions, audit, standing] = await Promise.all([
    db.order.findMany({ where: { customerId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RECENT, select: orderSelect }),
    db.order.findMany({ where: { sellerId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RECENT, select: orderSelect }),
    db.session.findMany({
      where: { userId: user.id, expiresAt: { gt: new Date() } },
      orderBy: { updatedAt: "desc" },
      select: { id: true, createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    }),
    db.auditLog.findMany({
      where: {
        OR: [
          { entityType: "User", entityId: user.id },
          ...(user.sellerProfile ? [{ entityType: "SellerProfile", entityId: user.sellerProfile.id }] : []),
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
    user.sellerProfile ? sellerStanding(db, user.id) : Promise.resolve(null),
  ]);

  const recentOrders = [
    ...asCustomer.map((o) => ({ ...o, as: "customer" as const })),
    ...asSeller.map((o) => ({ ...o, as: "seller" as const })),
  ]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, RECENT);

  return {
    id: user.id,
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified,
    phone: user.phone,
    role: user.role,
    state: user.banned ? "blocked" : user.emailVerified ? "active" : "unverified",
    banReason: user.banReason,
    bannedAt: user.bannedAt,
    createdAt: user.createdAt,
    sellerProfile: user.sellerProfile && standing ? { ...user.sellerProfile, standing } : null,
    recentOrders,
    sessions: sessions.map(({ updatedAt, ...s }) => ({ ...s, lastActiveAt: updatedAt })),
    audit: audit.map(({ actor, ...a }) => ({ ...a, actorName: actor?.name ?? null })),
  };
}
