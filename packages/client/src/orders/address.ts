/** The shipping snapshot / address-book fields the UI prints. */
export type PostalAddress = {
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
};

/** ["221B Baker Street", "Flat 2", "London NW1 6XE", "GB"] */
export function addressLines(a: PostalAddress): string[] {
  const cityLine = [a.city, a.region, a.postalCode].filter(Boolean).join(" ");
  return [a.line1, a.line2, cityLine, a.country].filter((v): v is string => Boolean(v));
}

export function addressOneLine(a: PostalAddress): string {
  return addressLines(a).join(", ");
}
