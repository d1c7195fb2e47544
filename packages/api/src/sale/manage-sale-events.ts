import type { Db, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { forgetCatalogueClock } from "../catalog/catalogue-clock";
import { salePhase } from "./sale-phase";
import type { CancelSaleEventParams, CreateSaleEventParams, UpdateSaleEventParams } from "./sale.schema";

export const SALE_NOT_FOUND = "Sale event not found.";

const eventSnapshot = { id: true, name: true, slug: true, description: true, startsAt: true, endsAt: true, cancelledAt: true, cancelReason: true } as const;
type EventSnapshot = { id: string; name: string; slug: string; description: string; startsAt: Date; endsAt: Date; cancelledAt: Date | null; cancelReason: string | null };

function json(e: EventSnapshot) {
  return { ...e, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), cancelledAt: e.cancelledAt?.toISOString() ?? null };
}

/** Locks the event row (FOR UPDATE): changes to one event run one after another. */
export async function lockSaleEvent(tx: Tx, eventId: string): Promise<EventSnapshot> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "SaleEvent" WHERE id = ${eventId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", SALE_NOT_FOUND);
  return tx.saleEvent.findUniqueOrThrow({ where: { id: eventId }, select: eventSnapshot });
}

/** Admin: a new sale event (no items yet). Slugs are unique (CONFLICT). Audited. */
export async function createSaleEvent(db: Db, actor: Actor, input: CreateSaleEventParams): Promise<EventSnapshot> {
  const result = await db.$transaction(async (tx) => {
    const taken = await tx.saleEvent.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "Another sale already uses this address.", { field: "slug", reason: "slug_taken" });
    const event = await tx.saleEvent.create({ data: { ...input, createdById: actor.userId }, select: eventSnapshot });
    await recordAudit(tx, { actorId: actor.userId, action: "sale.created", entityType: "SaleEvent", entityId: event.id, after: json(event) });
    return event;
  });
  forgetCatalogueClock(db);
  return result;
}

/**
 * Admin: rename, describe or reschedule an event that has not ended and is not cancelled. A live
 * event keeps its start (it has already started). Audited with before and after.
 */
export async function updateSaleEvent(db: Db, actor: Actor, input: UpdateSaleEventParams): Promise<EventSnapshot> {
  const result = await db.$transaction(async (tx) => {
    const before = await lockSaleEvent(tx, input.eventId);
    const now = new Date();
    const phase = salePhase(before, now);
    if (phase === "ended" || phase === "cancelled") {
      throw new AppError("CONFLICT", `This sale has ${phase === "ended" ? "ended" : "been cancelled"} and can no longer be changed.`, { reason: `sale_${phase}` });
    }
    if (phase === "live" && input.startsAt && input.startsAt.getTime() !== before.startsAt.getTime()) {
      throw new AppError("CONFLICT", "This sale is live: its start can no longer be moved.", { reason: "sale_live", field: "startsAt" });
    }
    const startsAt = input.startsAt ?? before.startsAt;
    const endsAt = input.endsAt ?? before.endsAt;
    if (endsAt <= startsAt) throw new AppError("BAD_REQUEST", "The sale must end after it starts.", { field: "endsAt" });
    const after = await tx.saleEvent.update({
      where: { id: input.eventId },
      data: { name: input.name, description: input.description, startsAt, endsAt },
      select: eventSnapshot,
    });
    await recordAudit(tx, { actorId: actor.userId, action: "sale.updated", entityType: "SaleEvent", entityId: after.id, before: json(before), after: json(after) });
    return after;
  });
  forgetCatalogueClock(db);
  return result;
}

/**
 * Admin: cancels an event early. The FOR UPDATE lock waits for checkouts in flight (they hold the
 * event FOR SHARE); from the commit on, no price uses the event. Audited with the reason.
 */
export async function cancelSaleEvent(db: Db, actor: Actor, input: CancelSaleEventParams): Promise<EventSnapshot> {
  const result = await db.$transaction(async (tx) => {
    const before = await lockSaleEvent(tx, input.eventId);
    const phase = salePhase(before, new Date());
    if (phase === "ended" || phase === "cancelled") {
      throw new AppError("CONFLICT", `This sale has already ${phase === "ended" ? "ended" : "been cancelled"}.`, { reason: `sale_${phase}` });
    }
    const after = await tx.saleEvent.update({
      where: { id: input.eventId },
      data: { cancelledAt: new Date(), cancelReason: input.reason },
      select: eventSnapshot,
    });
    await recordAudit(tx, { actorId: actor.userId, action: "sale.cancelled", entityType: "SaleEvent", entityId: after.id, before: json(before), after: json(after) });
    return after;
  });
  forgetCatalogueClock(db);
  return result;
}
