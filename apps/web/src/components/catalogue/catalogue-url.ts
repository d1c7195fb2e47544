/**
 * The storefront catalogue's URL: the original API's query parameter names, read by the API's
 * own mapper (medicineListInputFromQuery). Prices are integer cents in the URL (the mapper's
 * contract); the filter form takes dollars and converts them exactly.
 */
export const CATALOGUE_PARAMS = [
  "search",
  "exact",
  "category",
  "manufacturer",
  "minPrice",
  "maxPrice",
  "prescription",
  "inStock",
  "sort",
  "limit",
  "cursor",
] as const;
export type CatalogueParam = (typeof CATALOGUE_PARAMS)[number];
export type CatalogueQuery = Partial<Record<CatalogueParam, string>>;

/**
 * A catalogue link: the current query with `patch` applied (undefined or "" removes a key).
 * Any change starts from the first page (the cursor belongs to the old filters) unless the
 * patch sets a cursor itself.
 */
export function catalogueHref(query: CatalogueQuery, patch: CatalogueQuery = {}): string {
  const next: CatalogueQuery = { ...query, cursor: undefined, ...patch };
  const params = new URLSearchParams();
  for (const key of CATALOGUE_PARAMS) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `/?${text}` : "/";
}

/** True when anything narrows the list (search and category excluded: they have their own UI). */
export function hasFilters(query: CatalogueQuery): boolean {
  return Boolean(query.manufacturer || query.minPrice || query.maxPrice || query.prescription || query.inStock);
}
