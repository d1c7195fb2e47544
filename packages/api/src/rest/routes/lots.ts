import { z } from "zod";
import { RecallStatus } from "@healio/db";
import { queryCursor, queryEnum, queryInt } from "../query";
import type { RestRoute } from "../route";
import { restBatchQuarantineBody, restRecallCloseBody, restRecallCreateBody } from "../schemas/bodies";
import {
  batchListResponse,
  batchStateResponse,
  expiringBatchPageResponse,
  recallCreatedResponse,
  recallDetailResponse,
  recallPageResponse,
} from "../schemas/lot-responses";

/**
 * Lots (batches) and recalls: the sellers' procedures batch.* and recall.* (owning seller; admins
 * see every seller's, but only the owner quarantines). Query strings are converted here, strictly
 * (query.ts); bodies are REST schemas of their own, so no procedure schema is touched.
 */
const idParam = (what: string) => z.object({ id: z.string().meta({ description: `${what} id` }) });
const pageQuery = {
  cursor: z.string().optional(),
  limit: z.string().regex(/^\d+$/).optional().meta({ description: "1..100, default 25" }),
};

function pageInput(query: URLSearchParams, input: Record<string, unknown>) {
  const limit = queryInt(query, "limit", 1, 100);
  const cursor = queryCursor(query);
  if (limit !== undefined) input.limit = limit;
  if (cursor) input.cursor = cursor;
  return input;
}

export const lotRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/api/medicines/{id}/batches",
    procedure: "batch.list",
    tag: "Lots",
    summary: "A medicine's lots (its seller, or an admin)",
    description: "Every lot with its expiry, units, state and any recall, earliest expiry first. Checkout takes units earliest expiry first.",
    signedIn: true,
    params: idParam("Medicine"),
    input: ({ params }) => ({ medicineId: params.id }),
    response: batchListResponse,
  },
  {
    method: "GET",
    path: "/api/batches/expiring",
    procedure: "batch.expiring",
    tag: "Lots",
    summary: "Lots on sale that expire soon (own; admins: all)",
    signedIn: true,
    query: z.object({ withinDays: z.enum(["30", "60", "90"]).optional().meta({ description: "Default 30" }), ...pageQuery }),
    input: ({ query }) => {
      const within = queryEnum(query, "withinDays", ["30", "60", "90"] as const);
      return pageInput(query, within ? { withinDays: Number(within) } : {});
    },
    response: expiringBatchPageResponse,
  },
  {
    method: "PATCH",
    path: "/api/batches/{id}/quarantine",
    procedure: "batch.quarantine",
    tag: "Lots",
    summary: "Quarantine or release a lot (its seller), with a note",
    description: "AVAILABLE <-> QUARANTINED only; a recalled or expired lot never comes back this way (409). Audited.",
    signedIn: true,
    params: idParam("Lot"),
    body: restBatchQuarantineBody,
    input: ({ params, body }) => ({ ...(body as object), batchId: params.id }),
    response: batchStateResponse,
  },
  {
    method: "POST",
    path: "/api/recalls",
    procedure: "recall.create",
    tag: "Recalls",
    summary: "Recall a lot (its seller, or an admin)",
    description: "The lot's units are blocked at once, open orders with it are held and affected customers are mailed. Never undone.",
    signedIn: true,
    body: restRecallCreateBody,
    input: ({ body }) => body,
    response: recallCreatedResponse,
    successStatus: 201,
  },
  {
    method: "GET",
    path: "/api/recalls",
    procedure: "recall.list",
    tag: "Recalls",
    summary: "Recalls, newest first (own; admins: all)",
    signedIn: true,
    query: z.object({ status: z.enum(RecallStatus).optional(), ...pageQuery }),
    input: ({ query }) => {
      const status = queryEnum(query, "status", Object.values(RecallStatus));
      return pageInput(query, status ? { status } : {});
    },
    response: recallPageResponse,
  },
  {
    method: "GET",
    path: "/api/recalls/{id}",
    procedure: "recall.get",
    tag: "Recalls",
    summary: "One recall with its affected orders and customers",
    description: "Customers' e-mail addresses are shown to admins only.",
    signedIn: true,
    params: idParam("Recall"),
    input: ({ params }) => ({ id: params.id }),
    response: recallDetailResponse,
  },
  {
    method: "PATCH",
    path: "/api/recalls/{id}/close",
    procedure: "recall.close",
    tag: "Recalls",
    summary: "Close a recall that was worked through, with a note",
    description: "Closing never makes the lot sellable again.",
    signedIn: true,
    params: idParam("Recall"),
    body: restRecallCloseBody,
    input: ({ params, body }) => ({ ...(body as object), id: params.id }),
    response: recallDetailResponse,
  },
];
