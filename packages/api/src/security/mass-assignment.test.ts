import { describe, expect, it } from "vitest";
import { callPath, describeOutcome } from "./harness/call";
import { changedTables, dbFingerprint } from "./harness/fingerprint";
import { primaryActor } from "./harness/matrix";
import { coveredProcedures } from "./harness/procedures";
import { useSecuritySuite } from "./harness/suite";
import { buildWorld } from "./harness/world";

/**
 * Every mutation's input is a strict zod object: its sample input plus a field a client must never
 * choose (role, price, owner, status, stock, totals, ids, timestamps) is refused with BAD_REQUEST and
 * changes nothing. Sign-up ignoring `role`/`banned`: packages/auth/src/auth.test.ts
 * ("ignores role and ban state sent with sign-up").
 */
const FORBIDDEN_KEYS = [
  "role",
  "price",
  "priceCents",
  "sellerId",
  "userId",
  "customerId",
  "status",
  "stock",
  "total",
  "totalCents",
  "id",
  "createdAt",
  "banned",
] as const;

/** Keys that are legitimately part of a mutation's input (reviewed: the service validates them). */
const ALLOWED_KEYS: Readonly<Record<string, readonly string[]>> = {
  // `id` names the caller's own object; the service looks it up scoped to the caller (NOT_FOUND otherwise).
  "address.update": ["id"],
  "address.delete": ["id"],
  "address.setDefault": ["id"],
  "order.cancel": ["id"],
  "category.rename": ["id"],
  "category.move": ["id"],
  "category.delete": ["id"],
  "listing.archive": ["id"],
  "listing.restore": ["id"],
  // A seller prices their own listing (integer cents, bounded); sellerId/stock/status stay server-owned.
  "listing.create": ["priceCents"],
  "listing.update": ["id", "priceCents"],
  // The requested status is the point of the call; the status machine checks it per role.
  "order.updateStatus": ["id", "status"],
  // The recall to close, scoped to its seller (admins any) by the service.
  "recall.close": ["id"],
  // An admin names the account to block or unblock: that is the point of the call (admin-only).
  "people.block": ["userId"],
  "people.unblock": ["userId"],
};

const suite = useSecuritySuite();
const mutations = coveredProcedures((p) => p.type === "mutation");

describe("mass assignment", () => {
  it("there are mutations to check", () => {
    expect(mutations.length).toBeGreaterThan(0);
  });

  it.each(mutations.map((p) => [p.path, p] as const))("%s refuses extra keys", async (path, p) => {
    const world = await buildWorld(suite.db);
    const input = await p.sample.input(world, suite.db);
    const caller = primaryActor(p.entry, p.sample);
    const actor = !caller || caller === "anonymous" || caller === "banned" ? null : world.people[caller].actor;
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      // No object input: tRPC ignores input for procedures without a parser, so nothing can be assigned.
      expect(input === undefined, `${path}: non-object sample input`).toBe(true);
      return;
    }
    const problems: string[] = [];
    // All of these calls must be refused, so one snapshot around the whole loop proves nothing changed.
    const before = await dbFingerprint(suite.db);
    for (const key of FORBIDDEN_KEYS) {
      if (ALLOWED_KEYS[path]?.includes(key)) continue;
      if (key in input) {
        problems.push(`"${key}" is part of the sample input: review it, then list it in ALLOWED_KEYS`);
        continue;
      }
      const value = key === "createdAt" ? new Date(0) : key === "role" ? "ADMIN" : key.endsWith("Id") || key === "id" ? world.people.sellerB.id : 1;
      const outcome = await callPath({ db: suite.db, actor }, path, { ...input, [key]: value });
      if (outcome.ok || outcome.code !== "BAD_REQUEST") problems.push(`+${key}: expected BAD_REQUEST, got ${describeOutcome(outcome)}`);
    }
    const changed = changedTables(before, await dbFingerprint(suite.db));
    if (changed.length > 0) problems.push(`extra keys changed ${changed.join(", ")}`);
    expect(problems).toEqual([]);
  });
});
