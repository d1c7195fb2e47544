import type { Db, Tx } from "@healio/db";
import type { Actor } from "../actor";
import { AppError } from "../app-error";
import { recordAudit } from "../audit/record-audit";
import { lockSaleEvent } from "./manage-sale-events";
import { salePhase } from "./sale-phase";
import type { DecideSaleItemParams, SaleItemParams, UpdateSaleItemParams } from "./sale.schema";

const ITEM_NOT_FOUND = "Sale item not found.";

const itemSnapshot = {
  id: true, eventId: true, medicineId: true, salePriceCents: true, percentOff: true, capUnits: true, soldUnits: true,
  perCustomerLimit: true, status: true, proposedById: true, declineReason: true,
} as const;
export type SaleItemSnapshot = {
  id: string; eventId: string; medicineId: string; salePriceCents: number | null; percentOff: number | null; capUnits: number | null;
  soldUnits: number; perCustomerLimit: number | null; status: "PROPOSED" | "APPROVED" | "DECLINED"; proposedById: string | null; declineReason: string | null;
};

/** Items can be added or changed until the event ends (or is cancelled). */
async function lockOpenEvent(tx: Tx, eventId: string) {
  const event = await lockSaleEvent(tx, eventId);
  const phase = salePhase(event, new Date());
  if (phase === "ended" || phase === "cancelled") {
    throw new AppError("CONFLICT", `This sale has ${phase === "ended" ? "ended" : "been cancelled"}; its items can no longer change.`, { reason: `sale_${phase}` });
  }
  return event;
}

/** Never below 0 (schema) nor above the list price (here, against the current list price). */
function assertPriceRule(rule: { salePriceCents?: number; percentOff?: number }, listPriceCents: number, name: string) {
  if (rule.salePriceCents !== undefined && rule.salePriceCents > listPriceCents) {
    throw new AppError("BAD_REQUEST", `The sale price of ${name} must not be above its list price.`, { field: "salePriceCents", listPriceCents });
  }
}

async function medicineFor(tx: Tx, medicineId: string, sellerId: string | null) {
  const m = await tx.medicine.findFirst({
    where: { id: medicineId, status: "ACTIVE", ...(sellerId ? { sellerId } : {}) },
    select: { id: true, name: true, priceCents: true, sellerId: true },
  });
  if (!m) throw new AppError("NOT_FOUND", "Medicine not found.");
  return m;
}

async function insertItem(tx: Tx, actor: Actor, input: SaleItemParams, status: "PROPOSED" | "APPROVED", sellerScope: string | null) {
  await lockOpenEvent(tx, input.eventId);
  const medicine = await medicineFor(tx, input.medicineId, sellerScope);
  assertPriceRule(input, medicine.priceCents, medicine.name);
  const existing = await tx.saleItem.findUnique({ where: { eventId_medicineId: { eventId: input.eventId, medicineId: input.medicineId } }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", `${medicine.name} is already in this sale.`, { reason: "already_in_sale", saleItemId: existing.id });
  const item = await tx.saleItem.create({
    data: {
      eventId: input.eventId,
      medicineId: input.medicineId,
      salePriceCents: input.salePriceCents ?? null,
      percentOff: input.percentOff ?? null,
      capUnits: input.capUnits ?? null,
      perCustomerLimit: input.perCustomerLimit ?? null,
      status,
      proposedById: status === "PROPOSED" ? actor.userId : null,
      decidedById: status === "APPROVED" ? actor.userId : null,
      decidedAt: status === "APPROVED" ? new Date() : null,
    },
    select: itemSnapshot,
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: status === "PROPOSED" ? "sale_item.proposed" : "sale_item.added",
    entityType: "SaleItem",
    entityId: item.id,
    after: item,
  });
  return item;
}

/** Admin: puts any active medicine in an event, approved at once. */
export function addSaleItem(db: Db, actor: Actor, input: SaleItemParams): Promise<SaleItemSnapshot> {
  return db.$transaction((tx) => insertItem(tx, actor, input, "APPROVED", null));
}

/** Seller: proposes one of their own active medicines (someone else's is NOT_FOUND); an admin decides. */
export function proposeSaleItem(db: Db, actor: Actor, input: SaleItemParams): Promise<SaleItemSnapshot> {
  return db.$transaction((tx) => insertItem(tx, actor, input, "PROPOSED", actor.userId));
}

async function lockItem(tx: Tx, saleItemId: string) {
  const found = await tx.saleItem.findUnique({ where: { id: saleItemId }, select: { eventId: true } });
  if (!found) throw new AppError("NOT_FOUND", ITEM_NOT_FOUND);
  await lockOpenEvent(tx, found.eventId);
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "SaleItem" WHERE id = ${saleItemId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", ITEM_NOT_FOUND);
  return tx.saleItem.findUniqueOrThrow({ where: { id: saleItemId }, select: { ...itemSnapshot, medicine: { select: { name: true, priceCents: true } } } });
}

/** Admin: changes the price rule, cap or limit (the cap never below the units already sold). Audited. */
export async function updateSaleItem(db: Db, actor: Actor, input: UpdateSaleItemParams): Promise<SaleItemSnapshot> {
  return db.$transaction(async (tx) => {
    const { medicine, ...before } = await lockItem(tx, input.saleItemId);
    assertPriceRule(input, medicine.priceCents, medicine.name);
    const capUnits = input.capUnits === undefined ? before.capUnits : input.capUnits;
    if (capUnits !== null && capUnits < before.soldUnits) {
      throw new AppError("BAD_REQUEST", `${before.soldUnits} units have already sold at this price: the cap cannot be lower.`, { field: "capUnits" });
    }
    const after = await tx.saleItem.update({
      where: { id: input.saleItemId },
      data: {
        salePriceCents: input.salePriceCents ?? null,
        percentOff: input.percentOff ?? null,
        capUnits,
        perCustomerLimit: input.perCustomerLimit === undefined ? before.perCustomerLimit : input.perCustomerLimit,
      },
      select: itemSnapshot,
    });
    await recordAudit(tx, { actorId: actor.userId, action: "sale_item.updated", entityType: "SaleItem", entityId: after.id, before, after });
    return after;
  });
}

/** Admin: approves or declines a seller's proposal (only PROPOSED items; a decided one is CONFLICT). */
export async function decideSaleItem(db: Db, actor: Actor, input: DecideSaleItemParams): Promise<SaleItemSnapshot> {
  return db.$transaction(async (tx) => {
    const { medicine, ...before } = await lockItem(tx, input.saleItemId);
    if (before.status !== "PROPOSED") throw new AppError("CONFLICT", "This proposal has already been decided.", { reason: "already_decided" });
    if (input.approve) assertPriceRule({ salePriceCents: before.salePriceCents ?? undefined }, medicine.priceCents, medicine.name);
    const after = await tx.saleItem.update({
      where: { id: input.saleItemId },
      data: {
        status: input.approve ? "APPROVED" : "DECLINED",
        decidedById: actor.userId,
        decidedAt: new Date(),
        declineReason: input.approve ? null : (input.reason ?? null),
      },
      select: itemSnapshot,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.approve ? "sale_item.approved" : "sale_item.declined",
      entityType: "SaleItem",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Admin: takes an item out of an event. Once units have sold at its price it stays (order lines
 * point at it, and the event's figures must add up): set its cap to the units sold instead.
 */
export async function removeSaleItem(db: Db, actor: Actor, input: { saleItemId: string }): Promise<{ removed: true }> {
  return db.$transaction(async (tx) => {
    const { medicine: _m, ...before } = await lockItem(tx, input.saleItemId);
    const lines = await tx.orderItem.count({ where: { saleItemId: input.saleItemId } });
    if (lines > 0) {
      throw new AppError("CONFLICT", "Units have already sold at this sale price; lower its cap to end it instead.", { reason: "has_sales" });
    }
    await tx.saleItem.delete({ where: { id: input.saleItemId } });
    await recordAudit(tx, { actorId: actor.userId, action: "sale_item.removed", entityType: "SaleItem", entityId: input.saleItemId, before });
    return { removed: true as const };
  });
}
