import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { expectTRPCError } from "../testing/expect";
import { createManufacturer } from "../testing/factories";
import { manufacturerNameKey } from "./name-key";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  for (const name of ["Pfizer", "Bayer", "Abbott", "Sanofi", "Pfizer Consumer"]) await createManufacturer(t.db, { name });
});
afterAll(async () => {
  await t?.drop();
});

describe("manufacturer", () => {
  it("normalises names to one key", () => {
    expect(manufacturerNameKey("  PFIZER\t Inc ")).toBe("pfizer inc");
  });

  it("lists by name with search and keyset pages", async () => {
    const caller = createCaller({ db: t.db, actor: null });
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.manufacturer.list({ limit: 2, ...(cursor ? { cursor } : {}) });
      names.push(...page.items.map((m) => m.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toEqual(["Abbott", "Bayer", "Pfizer", "Pfizer Consumer", "Sanofi"]);
    expect((await caller.manufacturer.list({ search: "PFI" })).items.map((m) => m.name)).toEqual(["Pfizer", "Pfizer Consumer"]);
    await expectTRPCError(caller.manufacturer.list({ limit: 101 }), "BAD_REQUEST");
    await expectTRPCError(caller.manufacturer.list({ cursor: "garbage" }), "BAD_REQUEST");
  });
});
