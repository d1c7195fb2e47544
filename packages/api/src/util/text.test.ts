import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { listingInput } from "../testing/catalog";
import { createCustomer, createShop, errorCode, refusal } from "../testing/commerce";
import { actorOf, createCategory, createUser } from "../testing/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const SPOOF = "Safe \u202Egnp.exe"; // displays as "Safe exe.png"

describe("names refuse invisible bidirectional controls (Trojan Source)", () => {
  it("listing, category and store names: BAD_REQUEST saying why, nothing written", async () => {
    const shop = await createShop(t.db);
    const category = await createCategory(t.db);
    const admin = createCaller({ db: t.db, actor: actorOf(await createUser(t.db, { role: "ADMIN" })) });
    const customer = await createCustomer(t.db);

    for (const [field, value] of [
      ["name", SPOOF],
      ["genericName", "para\u2066cetamol"],
      ["packSize", "20 tablets\u202C"],
    ] as const) {
      const refused = await refusal(shop.caller.listing.create(listingInput(category.id, { [field]: value })));
      expect(errorCode(refused), field).toBe("BAD_REQUEST");
      expect(String((refused as Error).message)).toMatch(/text-direction/);
    }
    expect(await t.db.medicine.count({ where: { sellerId: shop.user.id } })).toBe(0);

    const bidiRefusal = (error: unknown) => [errorCode(error), /text-direction/.test(String((error as Error).message))];
    expect(bidiRefusal(await refusal(admin.category.create({ name: `Pain \u202Erelief` })))).toEqual(["BAD_REQUEST", true]);
    expect(
      bidiRefusal(
        await refusal(
          customer.caller.sellers.submitApplication({
            storeName: `Apotek \u2067x`,
            licenceNumber: "PHLBIDI1",
            licenceExpiresAt: new Date(Date.now() + 400 * 86_400_000),
            businessAddress: "4 Harbour Road, Springfield",
            phone: "+1 555 0199",
            supervisingPharmacist: "Hannah Lindqvist, PharmD",
          }),
        ),
      ),
    ).toEqual(["BAD_REQUEST", true]);

    // Other scripts, accents and right-to-left text without controls are ordinary names.
    const arabic = await shop.caller.listing.create(listingInput(category.id, { name: "باراسيتامول Zoë 500" }));
    expect(arabic.name).toBe("باراسيتامول Zoë 500");
  });
});
