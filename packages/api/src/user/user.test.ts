import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { errorCode, refusal } from "../testing/commerce";
import { actorOf, createUser } from "../testing/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

async function signedIn() {
  const user = await createUser(t.db);
  return { user, caller: createCaller({ db: t.db, actor: actorOf(user) }) };
}

describe("me.update", () => {
  it("changes only the fields sent, on the caller's own row, and audits the old values", async () => {
    const { user, caller } = await signedIn();
    const other = await createUser(t.db);
    const me = await caller.me.update({ name: "  Ada Lovelace ", phone: "+44 20 7946 0000" });
    expect(me).toMatchObject({ id: user.id, name: "Ada Lovelace", phone: "+44 20 7946 0000", image: null });
    const again = await caller.me.update({ image: "https://img.example/ada.png" });
    expect(again).toMatchObject({ name: "Ada Lovelace", phone: "+44 20 7946 0000", image: "https://img.example/ada.png" });
    expect(await caller.me.update({ phone: null, image: "" })).toMatchObject({ phone: null, image: null });

    expect(await t.db.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ name: other.name, phone: null });
    const audit = await t.db.auditLog.findMany({ where: { entityId: user.id, action: "user.profile_updated" }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({ actorId: user.id, before: { name: user.name, phone: null }, after: { name: "Ada Lovelace" } });
  });

  it("refuses bad values, identity fields and empty patches with BAD_REQUEST, changing nothing", async () => {
    const { user, caller } = await signedIn();
    const refusals = [
      { name: "x" },
      { name: "Safe \u202Egnp.exe" },
      { name: "Tab\u0007bell" },
      { phone: "call me" },
      { image: "javascript:alert(1)" },
      { email: "new@example.test" },
      { role: "ADMIN" },
      { name: "Fine Name", banned: false },
      {},
    ];
    for (const input of refusals) {
      expect(await errorCode(await refusal(caller.me.update(input as never))), JSON.stringify(input)).toBe("BAD_REQUEST");
    }
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: user.name, role: "CUSTOMER", email: user.email });
  });

  it("is for signed-in callers only", async () => {
    const anonymous = createCaller({ db: t.db, actor: null });
    expect(await errorCode(await refusal(anonymous.me.update({ name: "Nobody Here" })))).toBe("UNAUTHORIZED");
  });
});
