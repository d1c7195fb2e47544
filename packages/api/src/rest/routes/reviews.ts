import { z } from "zod";
import { queryCursor, queryEnum, queryInt } from "../query";
import type { RestRoute } from "../route";
import { restReviewCreateBody } from "../schemas/bodies";
import { reviewPageResponse, reviewResponse } from "../schemas/responses";

type ReviewBody = z.output<typeof restReviewCreateBody>;

export const reviewRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/api/reviews/{medicineId}",
    procedure: "review.list",
    tag: "Reviews",
    summary: "A medicine's reviews",
    signedIn: false,
    params: z.object({ medicineId: z.string() }),
    query: z.object({
      sort: z.enum(["newest", "helpful"]).optional(),
      page: z.string().regex(/^\d+$/).optional().meta({ description: "1 only; further pages follow nextCursor" }),
      cursor: z.string().optional(),
      limit: z.string().regex(/^\d+$/).optional().meta({ description: "1..50, default 10" }),
    }),
    input: ({ params, query }) => {
      const input: Record<string, unknown> = { medicineId: params.medicineId };
      const sort = queryEnum(query, "sort", ["newest", "helpful"] as const);
      const limit = queryInt(query, "limit", 1, 50);
      const cursor = queryCursor(query);
      if (sort) input.sort = sort;
      if (limit !== undefined) input.limit = limit;
      if (cursor) input.cursor = cursor;
      return input;
    },
    response: reviewPageResponse,
  },
  {
    method: "POST",
    path: "/api/reviews",
    procedure: "review.create",
    tag: "Reviews",
    summary: "Review a medicine (a customer with a delivered order of it)",
    signedIn: true,
    body: restReviewCreateBody,
    input: ({ body }) => {
      const { comment, body: text, ...rest } = body as ReviewBody;
      const reviewText = comment ?? text;
      return { ...rest, ...(reviewText !== undefined ? { body: reviewText } : {}) };
    },
    response: reviewResponse,
    successStatus: 201,
  },
];
