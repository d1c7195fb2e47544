import { describe, expect, it } from "vitest";
import { scanResponse, SECRET_KEY } from "./harness/output-scan";
import { useSecuritySuite } from "./harness/suite";
import { buildWorld } from "./harness/world";
import { OUTPUT_ALLOWANCES } from "./output-allowances";

/**
 * The output scan runs over every successful response of the authorization matrix
 * (authorization-matrix.test.ts, "output shaping" block, so the calls are made once). This file
 * checks the scanner itself and the allowance list.
 */
const suite = useSecuritySuite();

describe("output scanner", () => {
  it("flags secrets, foreign emails and foreign phones, and accepts the caller's own", async () => {
    const world = await buildWorld(suite.db);
    const { customerA, customerB } = world.people;
    const data = {
      me: { email: customerA.email, phone: customerA.phone },
      items: [{ buyer: { email: customerB.email, contact: `call ${customerB.phone}` } }],
      byEmail: { [customerB.email]: 1 },
      account: { passwordHash: "x", accessToken: "y", nested: { idToken: "z", refresh_token: "w", clientSecret: "s" } },
      when: new Date(),
    };
    const leaks = scanResponse({ path: "x.y", actor: "customerA", world, data, allow: [] });
    expect(leaks.map((l) => l.where).sort()).toEqual(
      [
        "result.account.accessToken",
        "result.account.nested.clientSecret",
        "result.account.nested.idToken",
        "result.account.nested.refresh_token",
        "result.account.passwordHash",
        `result.byEmail.${customerB.email}`,
        "result.items[0].buyer.contact",
        "result.items[0].buyer.email",
      ].sort(),
    );
    expect(SECRET_KEY.test("name") || SECRET_KEY.test("email")).toBe(false);
  });

  it("honours an allowance only for its path, key and callers", async () => {
    const world = await buildWorld(suite.db);
    const data = { contact: world.people.customerB.phone };
    const allow = [{ path: "x.y", key: "contact", actors: ["sellerA"] as const, why: "test" }];
    expect(scanResponse({ path: "x.y", actor: "sellerA", world, data, allow })).toEqual([]);
    expect(scanResponse({ path: "x.y", actor: "sellerB", world, data, allow })).toHaveLength(1);
    expect(scanResponse({ path: "x.z", actor: "sellerA", world, data, allow })).toHaveLength(1);
  });

  it("every allowance has a reason and names a real caller", () => {
    expect(OUTPUT_ALLOWANCES.filter((a) => a.why.trim().length < 10 || a.actors.length === 0)).toEqual([]);
  });
});
