import { z } from "zod";
import { BatchState, RecallStatus } from "@healio/db";

/**
 * Documentation of the lot (batch) and recall answers: the procedures' own views (batch-view.ts,
 * recall/get-recall.ts) as JSON. Loose objects like responses.ts: fields may be added, never claimed.
 */
const isoDate = z.string().meta({ description: "ISO 8601 timestamp", format: "date-time" });

export const batchResponse = z
  .looseObject({
    id: z.string(),
    lotNumber: z.string(),
    expiresAt: isoDate,
    quantity: z.number().int().meta({ description: "Units of this lot still in stock" }),
    state: z.enum(BatchState),
    sellable: z.boolean().meta({ description: "Whether checkout may take units from it now (available, not expired, units left)" }),
    recall: z.object({ id: z.string(), status: z.enum(RecallStatus), createdAt: isoDate }).nullable(),
  })
  .meta({ id: "Lot" });

export const batchListResponse = z.array(batchResponse).meta({ id: "LotList", description: "Earliest expiry first" });

export const expiringBatchPageResponse = z
  .object({
    items: z.array(
      z.looseObject({
        id: z.string(),
        lotNumber: z.string(),
        expiresAt: isoDate,
        quantity: z.number().int(),
        medicine: z.object({ id: z.string(), name: z.string(), strength: z.string(), slug: z.string() }),
        seller: z.object({ id: z.string(), storeName: z.string() }),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "ExpiringLotPage" });

export const batchStateResponse = z.object({ id: z.string(), state: z.enum(BatchState) }).meta({ id: "LotState" });

export const recallCreatedResponse = z.looseObject({ id: z.string() }).meta({ id: "RecallCreated" });

const recallSummaryShape = {
  id: z.string(),
  status: z.enum(RecallStatus),
  reason: z.string(),
  unitsBlocked: z.number().int(),
  customersNotified: z.number().int(),
  createdAt: isoDate,
  closedAt: isoDate.nullable(),
  closeNote: z.string().nullable(),
  lot: z.looseObject({ id: z.string(), lotNumber: z.string(), expiresAt: isoDate, quantity: z.number().int(), state: z.enum(BatchState) }),
  medicine: z.object({ id: z.string(), name: z.string(), strength: z.string() }),
  seller: z.object({ id: z.string(), storeName: z.string() }),
  createdBy: z.string().nullable(),
  closedBy: z.string().nullable(),
};

export const recallSummaryResponse = z.looseObject(recallSummaryShape).meta({ id: "RecallSummary" });

export const recallPageResponse = z
  .object({ items: z.array(recallSummaryResponse), nextCursor: z.string().nullable() })
  .meta({ id: "RecallPage" });

const customer = z.object({ name: z.string(), email: z.string().optional().meta({ description: "Admins only" }) });

export const recallDetailResponse = z
  .looseObject({
    ...recallSummaryShape,
    orders: z.array(
      z.looseObject({
        id: z.string(),
        orderNumber: z.string(),
        status: z.string(),
        open: z.boolean().meta({ description: "Not shipped yet: held for the seller" }),
        units: z.number().int().meta({ description: "Units of the recalled lot in this order" }),
        createdAt: isoDate,
        customer,
      }),
    ),
    customers: z.array(customer.extend({ orders: z.number().int() })),
  })
  .meta({ id: "RecallDetail" });
