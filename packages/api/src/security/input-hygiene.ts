import { AppError } from "../app-error";

const MAX_WALK_DEPTH = 200;

function isWalkable(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

/** Path of the first string (value or key) in `value` containing a NUL character, or null. */
export function findNulCharacter(value: unknown, path = "input", depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (!isWalkable(value) || depth > MAX_WALK_DEPTH) return null;
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key.includes("\u0000")) return at;
    const found = findNulCharacter(child, at, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000: a NUL anywhere in a query parameter fails the query
 * ("invalid byte sequence for encoding UTF8: 0x00") and would surface as a 500. No legitimate
 * input contains one, so every procedure refuses it up front (middleware in trpc.ts).
 */
export function assertNoNulCharacters(rawInput: unknown): void {
  const path = findNulCharacter(rawInput);
  if (path) throw new AppError("BAD_REQUEST", "Text must not contain NUL characters.", { path });
}
