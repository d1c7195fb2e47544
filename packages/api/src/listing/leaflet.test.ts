import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { createCaller } from "../root";
import { listingInput } from "../testing/catalog";
import { createShop, errorCode, refusal } from "../testing/commerce";
import { createCategory } from "../testing/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("patient-leaflet sections", () => {
  it("a seller fills, edits and clears sections; the medicine page shows what is filled; edits are audited", async () => {
    const shop = await createShop(t.db);
    const category = await createCategory(t.db);
    const created = await shop.caller.listing.create(
      listingInput(category.id, { leafletUses: "Relief of mild to moderate pain and fever.", leafletWarnings: "  " }),
    );
    expect(created).toMatchObject({ leafletUses: "Relief of mild to moderate pain and fever.", leafletDosage: null, leafletWarnings: null });

    await shop.caller.listing.update({ id: created.id, leafletDosage: "Adults: 1-2 tablets every 4-6 hours. Max 8 in 24 hours.", leafletUses: "" });
    const visitor = createCaller({ db: t.db, actor: null });
    const page = await visitor.medicine.bySlug({ slug: created.slug });
    expect(page.leaflet).toEqual({
      uses: null,
      dosage: "Adults: 1-2 tablets every 4-6 hours. Max 8 in 24 hours.",
      sideEffects: null,
      warnings: null,
    });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "medicine.updated" } });
    expect(audit.after).toMatchObject({ leafletUses: null, leafletDosage: "Adults: 1-2 tablets every 4-6 hours. Max 8 in 24 hours." });

    const tooLong = await refusal(shop.caller.listing.update({ id: created.id, leafletSideEffects: "x".repeat(3001) }));
    expect(errorCode(tooLong)).toBe("BAD_REQUEST");
    expect(errorCode(await refusal(shop.caller.listing.update({ id: created.id, leafletWarnings: "Keep \u202Eaway" })))).toBe("BAD_REQUEST");
  });
});
