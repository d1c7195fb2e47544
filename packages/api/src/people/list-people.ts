import { Prisma } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import { z } from "zod";
import type { Actor } from "../actor";
import { decodeKeyset, pageOf } from "../listing/keyset-cursor";
import type { ListPeopleInput, PeoplePage, PersonRow, PersonState } from "./people.schema";

const cursorSchema = z.strictObject({ k: z.iso.datetime(), id: z.string().min(1).max(64) });

/** The state of a person as one SQL expression over `"user" u` (the same words the filter uses). */
export const personStateSql = Prisma.sql`CASE WHEN u.banned THEN 'blocked' WHEN NOT u."emailVerified" THEN 'unverified' ELSE 'active' END`;

function stateFilter(state: PersonState): Prisma.Sql {
  if (state === "blocked") return Prisma.sql`u.banned`;
  if (state === "unverified") return Prisma.sql`NOT u.banned AND NOT u."emailVerified"`;
  return Prisma.sql`NOT u.banned AND u."emailVerified"`;
}

/** ILIKE pattern for a literal substring: %, _ and \ in the query match themselves. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Admin people list: newest first, keyset pages over (createdAt DESC, id DESC) on the
 * "user_createdAt_id_idx" index; order counts and last activity are correlated subqueries
 * evaluated for the page's rows only.
 */
export async function listPeople(db: DbOrTx, _actor: Actor, input: ListPeopleInput): Promise<PeoplePage> {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (input.query) {
    const pattern = containsPattern(input.query);
    where.push(Prisma.sql`(u.name ILIKE ${pattern} OR u.email ILIKE ${pattern})`);
  }
  if (input.role) where.push(Prisma.sql`u.role = ${input.role}::"Role"`);
  if (input.state) where.push(stateFilter(input.state));
  if (input.cursor) {
    const c = decodeKeyset(input.cursor, cursorSchema);
    where.push(Prisma.sql`(u."createdAt", u.id) < (${new Date(c.k)}::timestamp, ${c.id})`);
  }
  const rows = await db.$queryRaw<PersonRow[]>`
    SELECT u.id, u.name, u.email, u.role::text AS role, ${personStateSql} AS state, u."createdAt",
           (SELECT count(*)::int FROM "Order" o WHERE o."customerId" = u.id) AS "orderCount",
           (SELECT max(s."updatedAt") FROM "session" s WHERE s."userId" = u.id) AS "lastActiveAt"
    FROM "user" u
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY u."createdAt" DESC, u.id DESC
    LIMIT ${input.limit + 1}`;
  return pageOf(rows, input.limit, (last) => ({ k: last.createdAt.toISOString(), id: last.id }));
}
