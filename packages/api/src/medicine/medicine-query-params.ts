import { AppError } from "../app-error";
import type { MedicineListInput, MedicineSort } from "./medicine.schema";
import { MAX_PRICE_CENTS } from "./medicine.schema";

/** A parsed querystring: Next's `searchParams`, Express' `req.query`, or URLSearchParams. */
export type QueryLike = URLSearchParams | Record<string, string | string[] | undefined>;

const SORT_ALIASES: Record<string, MedicineSort> = {
  relevance: "relevance",
  newest: "newest",
  latest: "newest",
  price: "price_asc",
  price_asc: "price_asc",
  "price-asc": "price_asc",
  "-price": "price_desc",
  price_desc: "price_desc",
  "price-desc": "price_desc",
  rating: "rating",
  "-rating": "rating",
};

const MAX_LIMIT = 100;

function first(query: QueryLike, key: string): string | undefined {
  const raw = query instanceof URLSearchParams ? (query.get(key) ?? undefined) : query[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function bad(field: string, message: string): never {
  throw new AppError("BAD_REQUEST", message, { field });
}

function nonNegativeInt(query: QueryLike, key: string, max: number): number | undefined {
  const raw = first(query, key);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) bad(key, `${key} must be a whole, non-negative number.`);
  return Math.min(Number(raw), max);
}

/**
 * Maps the storefront URL (the original API's query parameters) to `medicine.list` input. Pure.
 *
 * - `search` (or `q`), `category` (slug, descendants included), `manufacturer` (id),
 *   `minPrice` / `maxPrice` in integer cents, `prescription=rx|otc`, `inStock=1|true`, `exact=1|true`,
 *   `sort` (our names plus aliases: price, -price, latest, ...), `cursor`.
 * - `limit` is clamped to 1..100 (old clients sending limit=1000 get 100, not an error).
 * - `page`: keyset pagination has no page numbers and never OFFSET-scans. `page=1` (or absent)
 *   is the first page; with a `cursor` the cursor wins and `page` is ignored; `page>1` without a
 *   cursor is a BAD_REQUEST telling the client to follow `nextCursor`. (A bounded "walk N pages"
 *   would cost N statements per request and grow with N, so it is not offered.)
 * - Unknown parameters (utm_*, etc.) are ignored; invalid values are BAD_REQUEST with `field`.
 */
export function medicineListInputFromQuery(query: QueryLike): NonNullable<MedicineListInput> {
  const input: NonNullable<MedicineListInput> = {};
  const search = first(query, "search") ?? first(query, "q");
  if (search !== undefined) input.search = search.slice(0, 100);
  const category = first(query, "category");
  if (category !== undefined) input.categorySlug = category;
  const manufacturer = first(query, "manufacturer");
  if (manufacturer !== undefined) input.manufacturerId = manufacturer;

  const minPrice = nonNegativeInt(query, "minPrice", MAX_PRICE_CENTS);
  const maxPrice = nonNegativeInt(query, "maxPrice", MAX_PRICE_CENTS);
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
    bad("maxPrice", "minPrice must not exceed maxPrice.");
  }
  if (minPrice !== undefined) input.minPrice = minPrice;
  if (maxPrice !== undefined) input.maxPrice = maxPrice;

  const prescription = first(query, "prescription")?.toLowerCase();
  if (prescription !== undefined) {
    if (prescription !== "rx" && prescription !== "otc") bad("prescription", "prescription must be rx or otc.");
    input.prescription = prescription;
  }
  const exact = first(query, "exact")?.toLowerCase();
  if (exact === "1" || exact === "true") input.exact = true;
  const inStock = first(query, "inStock")?.toLowerCase();
  if (inStock === "1" || inStock === "true") input.inStock = true;

  const sort = first(query, "sort");
  if (sort !== undefined) {
    const mapped = SORT_ALIASES[sort.toLowerCase()];
    if (!mapped) bad("sort", `Unknown sort "${sort.slice(0, 20)}".`);
    input.sort = mapped;
  }

  const limit = nonNegativeInt(query, "limit", MAX_LIMIT);
  if (limit !== undefined) input.limit = Math.max(1, limit);

  const cursor = first(query, "cursor");
  const page = nonNegativeInt(query, "page", Number.MAX_SAFE_INTEGER);
  if (cursor !== undefined) input.cursor = cursor;
  else if (page !== undefined && page > 1) {
    bad("page", "Page numbers beyond 1 are not supported: request the next page with the cursor from nextCursor.");
  }
  return input;
}
