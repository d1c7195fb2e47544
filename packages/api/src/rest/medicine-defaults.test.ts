import { describe, expect, it } from "vitest";
import { deriveMedicineFields } from "./medicine-defaults";

describe("deriveMedicineFields (the original API's minimal medicine body)", () => {
  it("finds strength, form and pack in the name first, then the description", () => {
    expect(deriveMedicineFields("Napa Extra 500 mg Tablets", "Box of 20 tablets", {})).toEqual({
      genericName: "Napa Extra 500 mg Tablets",
      strength: "500 mg",
      dosageForm: "Tablet",
      packSize: "20 tablets",
    });
    expect(deriveMedicineFields("Calpol", "Paracetamol 120mg/5ml oral suspension, 100 ml bottle", {})).toMatchObject({
      strength: "120 mg/5 ml",
      dosageForm: "Oral Suspension",
      packSize: "100 ml",
    });
    expect(deriveMedicineFields("Optrex Eye Drops", undefined, {}).dosageForm).toBe("Eye Drops");
    // A volume alone is a pack size, not a strength.
    expect(deriveMedicineFields("Cough Syrup 100 ml", undefined, {})).toMatchObject({ strength: "Not stated", packSize: "100 ml", dosageForm: "Syrup" });
    expect(deriveMedicineFields("Hydrocortisone 1% Cream", undefined, {}).strength).toBe("1 %");
  });

  it("says 'Not stated' rather than guessing, and keeps fields the client sent", () => {
    expect(deriveMedicineFields("Mystery", "", {})).toEqual({
      genericName: "Mystery",
      strength: "Not stated",
      dosageForm: "Not stated",
      packSize: "1 pack",
    });
    expect(deriveMedicineFields("Napa 500 mg Tablets", "", { genericName: "Paracetamol", dosageForm: "Caplet" })).toMatchObject({
      genericName: "Paracetamol",
      dosageForm: "Caplet",
      strength: "500 mg",
    });
  });
});
