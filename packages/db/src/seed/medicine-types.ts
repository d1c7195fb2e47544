// Shapes and helpers for the medicine definition files (medicine-data-otc.ts, medicine-data-rx.ts).

export type DosageForm =
  | "Tablet"
  | "Caplet"
  | "Capsule"
  | "Softgel"
  | "Chewable Tablet"
  | "Effervescent Tablet"
  | "Dispersible Tablet"
  | "Lozenge"
  | "Syrup"
  | "Oral Suspension"
  | "Oral Solution"
  | "Oral Drops"
  | "Powder"
  | "Cream"
  | "Ointment"
  | "Gel"
  | "Lotion"
  | "Shampoo"
  | "Eye Drops"
  | "Ear Drops"
  | "Nasal Spray"
  | "Inhaler"
  | "Patch"
  | "Gum"
  | "Mouthwash"
  | "Toothpaste"
  | "Solution"
  | "Wipes"
  | "Dressing"
  | "Bandage";

/** How the form reads at the end of a product name ("... 500 mg Tablets"). */
export const FORM_LABEL: Record<DosageForm, string> = {
  Tablet: "Tablets",
  Caplet: "Caplets",
  Capsule: "Capsules",
  Softgel: "Softgels",
  "Chewable Tablet": "Chewable Tablets",
  "Effervescent Tablet": "Effervescent Tablets",
  "Dispersible Tablet": "Dispersible Tablets",
  Lozenge: "Lozenges",
  Syrup: "Syrup",
  "Oral Suspension": "Oral Suspension",
  "Oral Solution": "Oral Solution",
  "Oral Drops": "Oral Drops",
  Powder: "Powder",
  Cream: "Cream",
  Ointment: "Ointment",
  Gel: "Gel",
  Lotion: "Lotion",
  Shampoo: "Shampoo",
  "Eye Drops": "Eye Drops",
  "Ear Drops": "Ear Drops",
  "Nasal Spray": "Nasal Spray",
  Inhaler: "Inhaler",
  Patch: "Patches",
  Gum: "Gum",
  Mouthwash: "Mouthwash",
  Toothpaste: "Toothpaste",
  Solution: "Solution",
  Wipes: "Wipes",
  Dressing: "Dressings",
  Bandage: "Bandage",
};

/** One sentence of directions per form, appended to every description. */
export const FORM_DIRECTIONS: Record<DosageForm, string> = {
  Tablet: "Swallow whole with a glass of water.",
  Caplet: "Swallow whole with a glass of water.",
  Capsule: "Swallow whole with water; do not open the capsule.",
  Softgel: "Take with a meal and a glass of water.",
  "Chewable Tablet": "Chew thoroughly before swallowing.",
  "Effervescent Tablet": "Dissolve in a glass of water before taking.",
  "Dispersible Tablet": "Disperse in water or swallow whole.",
  Lozenge: "Allow to dissolve slowly in the mouth.",
  Syrup: "Measure each dose with the spoon provided.",
  "Oral Suspension": "Shake well and measure each dose with the syringe provided.",
  "Oral Solution": "Measure each dose with the cup provided.",
  "Oral Drops": "Use the dropper provided; can be mixed with a little water.",
  Powder: "Dissolve the contents of one sachet in water.",
  Cream: "Apply a thin layer to the affected area.",
  Ointment: "Apply a thin layer to the affected area.",
  Gel: "Apply gently to the affected area and wash hands afterwards.",
  Lotion: "Shake well and apply to the affected area.",
  Shampoo: "Massage into wet hair and scalp, leave for 3-5 minutes, then rinse.",
  "Eye Drops": "Do not touch the dropper tip; discard 28 days after opening.",
  "Ear Drops": "Tilt the head and apply drops into the affected ear.",
  "Nasal Spray": "Shake gently and spray into each nostril as directed.",
  Inhaler: "Shake before use and rinse the mouth after each dose.",
  Patch: "Apply to clean, dry, hairless skin and change daily.",
  Gum: "Chew slowly until the taste is strong, then rest between cheek and gum.",
  Mouthwash: "Rinse for 30 seconds and spit out; do not swallow.",
  Toothpaste: "Brush twice daily; spit out, do not rinse.",
  Solution: "For external use only.",
  Wipes: "For single use on unbroken skin.",
  Dressing: "Clean and dry the wound before applying.",
  Bandage: "Wrap firmly but not tightly, overlapping each turn by half.",
};

export interface Presentation {
  form: DosageForm;
  strength: string;
  /** Pack sizes such as "32 tablets" or "100 ml"; the first is the base pack. */
  packs: string[];
  /** Typical price of the base pack in cents. */
  priceCents: number;
}

export interface GenericDef {
  generic: string;
  /** Slug of a leaf category in catalogue-data.ts. */
  category: string;
  /** Clause completing "<Generic> <strength> <form> ...", e.g. "for the relief of fever". */
  use: string;
  requiresPrescription: boolean;
  presentations: Presentation[];
}

export const p = (form: DosageForm, strength: string, packs: string | string[], priceCents: number): Presentation => ({
  form,
  strength,
  packs: Array.isArray(packs) ? packs : [packs],
  priceCents,
});

export const otc = (generic: string, category: string, use: string, ...presentations: Presentation[]): GenericDef => ({
  generic,
  category,
  use,
  requiresPrescription: false,
  presentations,
});

export const rx = (generic: string, category: string, use: string, ...presentations: Presentation[]): GenericDef => ({
  generic,
  category,
  use,
  requiresPrescription: true,
  presentations,
});
