/**
 * The de-duplication key of a manufacturer: trimmed, inner whitespace collapsed, Unicode-normalised,
 * lowercased. "Pfizer", " PFIZER " and "pfizer" share one row (unique index on nameKey).
 */
export function manufacturerNameKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The display name stored for a new manufacturer: trimmed, whitespace collapsed, case kept. */
export function manufacturerDisplayName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ");
}
