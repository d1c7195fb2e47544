import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { createCustomer, createShop, settle, testAddress } from "../testing/commerce";
import { expectTRPCError } from "../testing/expect";
import { MAX_ADDRESSES } from "./address-book";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const address = (fullName: string) => ({ ...testAddress, fullName });

describe("address book", () => {
  it("creates, lists (default first), updates and deletes; the first address becomes the default", async () => {
    const { caller } = await createCustomer(t.db);
    const home = await caller.address.create(address("Home"));
    expect(home).toMatchObject({ fullName: "Home", isDefault: true, line2: null, region: null, country: "GB" });
    const work = await caller.address.create({ ...address("Work"), line2: "  ", region: "Greater London", country: "gb" });
    expect(work).toMatchObject({ isDefault: false, line2: null, region: "Greater London", country: "GB" });
    expect((await caller.address.list()).map((a) => a.fullName)).toEqual(["Home", "Work"]);

    const updated = await caller.address.update({ id: work.id, city: "Cambridge", line2: "Floor 2" });
    expect(updated).toMatchObject({ city: "Cambridge", line2: "Floor 2", country: "GB", fullName: "Work" });
    expect(await caller.address.update({ id: work.id, line2: null })).toMatchObject({ line2: null, city: "Cambridge" });

    await caller.address.delete({ id: work.id });
    expect((await caller.address.list()).map((a) => a.id)).toEqual([home.id]);
  });

  it("switches the default in one step; deleting the default promotes another address", async () => {
    const { caller } = await createCustomer(t.db);
    const a = await caller.address.create(address("A"));
    const b = await caller.address.create(address("B"));
    const c = await caller.address.create({ ...address("C"), isDefault: true });
    expect((await caller.address.list()).map((x) => [x.fullName, x.isDefault])).toEqual([
      ["C", true],
      ["B", false],
      ["A", false],
    ]);
    expect(await caller.address.setDefault({ id: a.id })).toMatchObject({ id: a.id, isDefault: true });
    expect(await caller.address.setDefault({ id: a.id })).toMatchObject({ id: a.id, isDefault: true }); // no-op
    expect((await caller.address.list()).filter((x) => x.isDefault).map((x) => x.id)).toEqual([a.id]);

    await caller.address.delete({ id: a.id });
    const rest = await caller.address.list();
    expect(rest.filter((x) => x.isDefault).map((x) => x.id)).toEqual([c.id]); // newest remaining
    expect(rest.map((x) => x.id).sort()).toEqual([b.id, c.id].sort());
  });

  it("concurrent setDefault calls leave exactly one default (no unique-index error)", async () => {
    const { caller, actor } = await createCustomer(t.db);
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) ids.push((await caller.address.create(address(`Addr ${i}`))).id);
    const pool = createDb({ url: t.url, max: 12 });
    try {
      const concurrent = createCaller({ db: pool, actor });
      const outcomes = await Promise.all(ids.flatMap((id) => [settle(concurrent.address.setDefault({ id })), settle(concurrent.address.setDefault({ id }))]));
      expect(outcomes.every((o) => o.ok)).toBe(true);
    } finally {
      await pool.$disconnect();
    }
    expect((await caller.address.list()).filter((x) => x.isDefault)).toHaveLength(1);
  });

  it("someone else's address is NOT_FOUND for every operation", async () => {
    const owner = await createCustomer(t.db);
    const other = await createCustomer(t.db);
    const mine = await owner.caller.address.create(address("Mine"));
    await expectTRPCError(other.caller.address.update({ id: mine.id, city: "Elsewhere" }), "NOT_FOUND");
    await expectTRPCError(other.caller.address.delete({ id: mine.id }), "NOT_FOUND");
    await expectTRPCError(other.caller.address.setDefault({ id: mine.id }), "NOT_FOUND");
    expect(await other.caller.address.list()).toEqual([]);
    expect(await owner.caller.address.list()).toMatchObject([{ id: mine.id, city: "London" }]);
    const shop = await createShop(t.db);
    await expectTRPCError(shop.caller.address.list(), "FORBIDDEN");
  });

  it("validates fields strictly", async () => {
    const { caller } = await createCustomer(t.db);
    const bad: unknown[] = [
      { ...testAddress, fullName: "  " },
      { ...testAddress, phone: "12" },
      { ...testAddress, phone: "not a phone" },
      { ...testAddress, country: "GBR" },
      { ...testAddress, postalCode: "!!" },
      { ...testAddress, userId: "someone" },
      { ...testAddress, line1: "x".repeat(201) },
    ];
    for (const input of bad) await expectTRPCError(caller.address.create(input as never), "BAD_REQUEST");
    await expectTRPCError(caller.address.update({ id: "x", isDefault: true } as never), "BAD_REQUEST");
    expect(await caller.address.list()).toEqual([]);
  });

  it(`holds at most ${MAX_ADDRESSES} addresses`, async () => {
    const { caller } = await createCustomer(t.db);
    for (let i = 0; i < MAX_ADDRESSES; i += 1) await caller.address.create(address(`N${i}`));
    await expectTRPCError(caller.address.create(address("One too many")), "CONFLICT");
  });
});
