/**
 * `Medicine.searchText`: what storefront search matches against — name, generic name and
 * manufacturer, lowercased with whitespace collapsed. Maintained by the listing services whenever
 * one of the three changes; indexed by a tsvector GIN expression index. Its words also feed the
 * "SearchTerm" lexicon (database triggers) that typo-tolerant search corrects query words against.
 */
export function buildSearchText(parts: { name: string; genericName: string; manufacturerName: string }): string {
  return normalizeSearch(`${parts.name} ${parts.genericName} ${parts.manufacturerName}`);
}

/** The same normalisation for the user's query, so both sides compare alike. */
export function normalizeSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
