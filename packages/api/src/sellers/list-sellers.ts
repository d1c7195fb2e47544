import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import { z } from "zod";
import type { Actor } from "../actor";
import { sellerStandingSql, type SellerStanding } from "../catalog/sellable";
import { decodeKeyset, pageOf } from "../listing/keyset-cursor";
import type { ListSellersInput } from "./seller-application.schema";

export type SellerRow = {
  profileId: string;
  userId: string;
  storeName: string;
  ownerName: string;
  email: string;
  licenceNumber: string;
  licenceExpiresAt: Date;
  businessAddress: string;
  phone: string;
  supervisingPharmacist: string;
  status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED";
  standing: SellerStanding;
  decisionReason: string | null;
  appliedAt: Date;
  activeListings: number;
};

const cursorSchema = z.strictObject({ k: z.iso.datetime(), id: z.string().min(1).max(64) });

function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Applications and sellers for the admin, newest application first, filtered by live standing
 * (the same CASE the storefront sells by, so "LICENCE_EXPIRED" appears the instant a licence lapses).
 */
export async function listSellers(db: DbOrTx, _actor: Actor, input: ListSellersInput): Promise<{ items: SellerRow[]; nextCursor: string | null }> {
  const standing = sellerStandingSql("sp", "u");
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (input.standing) where.push(Prisma.sql`${standing} = ${input.standing}`);
  if (input.query) {
    const p = containsPattern(input.query);
    where.push(Prisma.sql`(sp."storeName" ILIKE ${p} OR sp."licenceNumber" ILIKE ${p} OR u.email ILIKE ${p} OR u.name ILIKE ${p})`);
  }
  if (input.cursor) {
    const c = decodeKeyset(input.cursor, cursorSchema);
    where.push(Prisma.sql`(sp."appliedAt", sp.id) < (${new Date(c.k)}::timestamp, ${c.id})`);
  }
  const rows = await db.$queryRaw<SellerRow[]>`
    SELECT sp.id AS "profileId", u.id AS "userId", sp."storeName", u.name AS "ownerName", u.email,
           sp."licenceNumber", sp."licenceExpiresAt", sp."businessAddress", sp.phone, sp."supervisingPharmacist",
           sp.status::text AS status, ${standing} AS standing, sp."decisionReason", sp."appliedAt",
           (SELECT count(*)::int FROM "Medicine" m WHERE m."sellerId" = u.id AND m.status = 'ACTIVE') AS "activeListings"
    FROM "SellerProfile" sp JOIN "user" u ON u.id = sp."userId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY sp."appliedAt" DESC, sp.id DESC
    LIMIT ${input.limit + 1}`;
  return pageOf(rows, input.limit, (last) => ({ k: last.appliedAt.toISOString(), id: last.profileId }));
}
