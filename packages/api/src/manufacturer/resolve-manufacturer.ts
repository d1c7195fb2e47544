import { randomUUID } from "node:crypto";
import type { Tx } from "@healio/db";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import type { ManufacturerRef, ManufacturerSummary } from "./manufacturer.schema";
import { manufacturerDisplayName, manufacturerNameKey } from "./name-key";

/**
 * Pick-or-create, inside the caller's transaction. A typed name is de-duplicated through the
 * unique nameKey with INSERT ... ON CONFLICT DO NOTHING, so two sellers typing "Pfizer" and
 * "pfizer" at the same moment end up with one manufacturer, and the transaction is never aborted
 * by a unique violation. A new manufacturer leaves an audit row.
 */
export async function resolveManufacturer(
  tx: Tx,
  actorId: string,
  ref: ManufacturerRef,
): Promise<ManufacturerSummary> {
  if ("id" in ref) {
    const found = await tx.manufacturer.findUnique({ where: { id: ref.id }, select: { id: true, name: true } });
    if (!found) throw new AppError("BAD_REQUEST", "Manufacturer not found.", { field: "manufacturer" });
    return found;
  }
  const name = manufacturerDisplayName(ref.name);
  const nameKey = manufacturerNameKey(ref.name);
  const inserted = await tx.$queryRaw<ManufacturerSummary[]>`
    INSERT INTO "Manufacturer" (id, name, "nameKey", "createdAt")
    VALUES (${randomUUID()}, ${name}, ${nameKey}, now())
    ON CONFLICT ("nameKey") DO NOTHING
    RETURNING id, name`;
  const created = inserted[0];
  if (created) {
    await recordAudit(tx, {
      actorId,
      action: "manufacturer.created",
      entityType: "Manufacturer",
      entityId: created.id,
      after: { name: created.name },
    });
    return created;
  }
  return tx.manufacturer.findUniqueOrThrow({ where: { nameKey }, select: { id: true, name: true } });
}
