import { z } from "zod";
import { categoryCreateInput } from "../../category/category.schema";
import { medicineListInputFromQuery } from "../../medicine/medicine-query-params";
import { deriveMedicineFields, type DerivableMedicineFields } from "../medicine-defaults";
import { queryString } from "../query";
import type { RestRoute } from "../route";
import { restMedicineCreateBody, restMedicineUpdateBody } from "../schemas/bodies";
import {
  categoryDeletedResponse,
  categoryNodeResponse,
  categoryResponse,
  listingResponse,
  medicineDetailResponse,
  medicinePageResponse,
} from "../schemas/responses";

const idParam = z.object({ id: z.string().meta({ description: "Object id" }) });

const medicineListQuery = z.object({
  search: z.string().optional().meta({ description: "Full-text, typo-tolerant (alias: q)" }),
  category: z.string().optional().meta({ description: "Category slug; includes descendants" }),
  manufacturer: z.string().optional().meta({ description: "Manufacturer id" }),
  minPrice: z.string().regex(/^\d+$/).optional().meta({ description: "Integer cents" }),
  maxPrice: z.string().regex(/^\d+$/).optional().meta({ description: "Integer cents" }),
  prescription: z.enum(["rx", "otc"]).optional(),
  inStock: z.enum(["1", "true"]).optional(),
  exact: z.enum(["1", "true"]).optional().meta({ description: "Search exactly as typed (no typo correction)" }),
  sort: z.string().optional().meta({ description: "relevance, newest, price_asc (price), price_desc (-price), rating" }),
  page: z.string().regex(/^\d+$/).optional().meta({ description: "1 only; further pages follow nextCursor" }),
  cursor: z.string().optional().meta({ description: "nextCursor of the previous page" }),
  limit: z.string().regex(/^\d+$/).optional().meta({ description: "1..100 (clamped), default 24" }),
});

type MedicineBody = {
  price?: number;
  priceCents?: number;
  image?: string | null;
  imageUrl?: string | null;
  stock?: number;
  initialStock?: number;
  [key: string]: unknown;
};

/** Original field names -> the listing procedures' names (price -> priceCents, image -> imageUrl, stock -> initialStock). */
function listingInputFrom(body: MedicineBody): Record<string, unknown> {
  const { price, image, stock, ...rest } = body;
  const input: Record<string, unknown> = { ...rest };
  if (price !== undefined) input.priceCents = price;
  if (image !== undefined) input.imageUrl = image;
  if (stock !== undefined) input.initialStock = stock;
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

export const catalogRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/api/categories",
    procedure: "category.tree",
    tag: "Categories",
    summary: "The category tree",
    signedIn: false,
    input: () => undefined,
    response: z.array(categoryNodeResponse),
  },
  {
    method: "POST",
    path: "/api/categories",
    procedure: "category.create",
    tag: "Categories",
    summary: "Create a category (admin)",
    signedIn: true,
    body: categoryCreateInput,
    input: ({ body }) => body,
    response: categoryResponse,
    successStatus: 201,
  },
  {
    method: "DELETE",
    path: "/api/categories/{id}",
    procedure: "category.delete",
    tag: "Categories",
    summary: "Delete a category (admin)",
    description: "With medicines or subcategories it is refused (409) unless `reassignTo` names the category that receives them.",
    signedIn: true,
    params: idParam,
    query: z.object({ reassignTo: z.string().optional() }),
    input: ({ params, query }) => {
      const reassignTo = queryString(query, "reassignTo");
      return { id: params.id, ...(reassignTo ? { reassignTo } : {}) };
    },
    response: categoryDeletedResponse,
  },
  {
    method: "GET",
    path: "/api/medicines",
    procedure: "medicine.list",
    tag: "Medicines",
    summary: "Search and filter medicines",
    description: "Keyset pagination: follow `nextCursor` with `cursor=`. Prices in integer cents.",
    signedIn: false,
    query: medicineListQuery,
    input: ({ query }) => medicineListInputFromQuery(query),
    response: medicinePageResponse,
  },
  {
    method: "GET",
    path: "/api/medicines/{id}",
    procedure: "medicine.byId",
    tag: "Medicines",
    summary: "One medicine with its rating summary",
    signedIn: false,
    params: idParam,
    input: ({ params }) => ({ id: params.id }),
    response: medicineDetailResponse,
  },
  {
    method: "POST",
    path: "/api/medicines",
    procedure: "listing.create",
    tag: "Medicines",
    summary: "List a new medicine (seller)",
    signedIn: true,
    body: restMedicineCreateBody,
    input: ({ body }) => {
      const b = body as MedicineBody & { name: string; description?: string } & Partial<DerivableMedicineFields>;
      return listingInputFrom({ ...b, ...deriveMedicineFields(b.name, b.description, b) });
    },
    response: listingResponse,
    successStatus: 201,
  },
  ...(["PUT", "PATCH"] as const).map(
    (method): RestRoute => ({
      method,
      path: "/api/medicines/{id}",
      procedure: "listing.update",
      tag: "Medicines",
      summary: "Change a medicine (its seller); only the fields sent change",
      signedIn: true,
      params: idParam,
      body: restMedicineUpdateBody,
      input: ({ params, body }) => ({ ...listingInputFrom(body as MedicineBody), id: params.id }),
      response: listingResponse,
    }),
  ),
  {
    method: "DELETE",
    path: "/api/medicines/{id}",
    procedure: "listing.archive",
    tag: "Medicines",
    summary: "Archive a medicine (its seller, or an admin)",
    description: "Archived medicines leave the catalogue; past orders keep their lines.",
    signedIn: true,
    params: idParam,
    input: ({ params }) => ({ id: params.id }),
    response: listingResponse,
  },
];
