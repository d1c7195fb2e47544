import { AppError } from "../app-error";

/**
 * Explicit, strict conversion of query-string values for REST routes. The procedures' zod schemas
 * are shared with tRPC and never coerce; REST converts here, field by field, and refuses anything
 * that is not exactly a number / a known word with BAD_REQUEST naming the field.
 */
function bad(field: string, message: string): never {
  throw new AppError("BAD_REQUEST", message, { field });
}

export function queryString(query: URLSearchParams, key: string): string | undefined {
  const value = query.get(key)?.trim();
  return value ? value : undefined;
}

export function queryInt(query: URLSearchParams, key: string, min: number, max: number): number | undefined {
  const raw = queryString(query, key);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) bad(key, `${key} must be a whole number.`);
  const value = Number(raw);
  if (value < min || value > max) bad(key, `${key} must be between ${min} and ${max}.`);
  return value;
}

export function queryEnum<T extends string>(query: URLSearchParams, key: string, values: readonly T[]): T | undefined {
  const raw = queryString(query, key);
  if (raw === undefined) return undefined;
  const upper = raw.toUpperCase();
  const found = values.find((v) => v.toUpperCase() === upper);
  if (!found) bad(key, `${key} must be one of ${values.join(", ")}.`);
  return found;
}

/**
 * Keyset pagination behind the original API's `page`: page 1 (or none) is the first page; further
 * pages follow `nextCursor` (`cursor=`). `page > 1` without a cursor is refused rather than
 * silently answering page 1 or OFFSET-scanning.
 */
export function queryCursor(query: URLSearchParams): string | undefined {
  const cursor = queryString(query, "cursor");
  const page = queryInt(query, "page", 1, Number.MAX_SAFE_INTEGER);
  if (cursor === undefined && page !== undefined && page > 1) {
    bad("page", "Page numbers beyond 1 are not supported: request the next page with the cursor from nextCursor.");
  }
  return cursor;
}
