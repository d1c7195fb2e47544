import "server-only";
import { isAppError } from "@healio/api/app-error";
import type { MedicineListInput } from "@healio/api/medicine/medicine.schema";
import { medicineListInputFromQuery } from "@healio/api/medicine/medicine-query-params";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { CATALOGUE_PARAMS, type CatalogueQuery } from "./catalogue-url";

export type CatalogueRequest = {
  /** The recognised parameters, minus any the mapper refused. */
  query: CatalogueQuery;
  /** medicine.list input. */
  input: NonNullable<MedicineListInput>;
  /** People-facing reasons for parameters that were ignored. */
  problems: string[];
};

/**
 * URL -> medicine.list input through the API's mapper. A malformed parameter (minPrice=abc,
 * page=3 without a cursor, ...) is dropped with its message instead of failing the whole page.
 * Aliases of older links: q -> search, type -> prescription.
 */
export function readCatalogueRequest(params: SearchParams): CatalogueRequest {
  const query: CatalogueQuery = {};
  for (const key of CATALOGUE_PARAMS) {
    const value = firstParam(params, key, key === "cursor" ? 512 : 200);
    if (value) query[key] = value;
  }
  query.search ??= firstParam(params, "q", 100);
  query.prescription ??= firstParam(params, "type");
  const page = firstParam(params, "page");
  const problems: string[] = [];
  const raw: Record<string, string | undefined> = { ...query, page };
  for (let attempt = 0; attempt <= CATALOGUE_PARAMS.length + 1; attempt += 1) {
    try {
      const input = medicineListInputFromQuery(raw);
      const cleaned = Object.fromEntries(
        Object.entries(query).filter(([k, v]) => v !== undefined && raw[k] !== undefined),
      ) as CatalogueQuery;
      return { query: cleaned, input, problems };
    } catch (error) {
      const field = isAppError(error) ? error.details?.field : undefined;
      if (typeof field !== "string" || raw[field] === undefined) throw error;
      problems.push(error instanceof Error ? error.message : `Ignored ${field}.`);
      delete raw[field];
    }
  }
  return { query: {}, input: {}, problems };
}
