/**
 * How a reviewer is named in public: first name and the initial of the last word ("Ada L."), never
 * the full name or e-mail. An empty name becomes "Customer".
 */
export function publicAuthorName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return "Customer";
  const last = words.length > 1 ? words.at(-1) : undefined;
  return last ? `${first} ${last.charAt(0).toUpperCase()}.` : first;
}
