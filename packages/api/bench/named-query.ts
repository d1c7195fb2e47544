import { createHash } from "node:crypto";
import type { Statement } from "./capture";

/**
 * A replayed statement as a named query: parsed once per connection and, after five executions,
 * possibly kept with a generic plan, as the app's adapter sends its statements (packages/db
 * client.ts). Replaying unnamed statements replanned every call: for the leaf page the custom plan
 * (bitmap scan + sort of 2 300 rows) was far slower than the app's cached generic plan, and the
 * baseline came out slower than the app it bounds.
 */
export function namedQuery(statement: Statement): { name: string; text: string; values: unknown[] } {
  return { name: `b_${createHash("sha1").update(statement.text).digest("base64url")}`, text: statement.text, values: statement.values };
}
