import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { listAuditEntries, type AuditPage } from "../audit/list-audit-entries";
import { assertListingAccess } from "./listing-access";
import type { ListingHistoryParams } from "./listing.schema";

/**
 * A listing's audit trail (created, updated with before/after, stock changes, status changes,
 * category reassignments), newest first. Owner or admin; anyone else gets NOT_FOUND.
 */
export async function getListingHistory(db: DbOrTx, actor: Actor, input: ListingHistoryParams): Promise<AuditPage> {
  await assertListingAccess(db, actor, input.id, "ownerOrAdmin");
  return listAuditEntries(db, { entityType: "Medicine", entityId: input.id }, input);
}
