// Static demo catalogue: the category tree and the manufacturers. Medicines are in
// medicine-data-*.ts; all names are invented except the generic (INN) drug names.

export interface CategoryNode {
  name: string;
  slug: string;
  children?: CategoryNode[];
}

const leaf = (name: string, slug: string): CategoryNode => ({ name, slug });

export const CATEGORY_TREE: CategoryNode[] = [
  {
    name: "Medicines",
    slug: "medicines",
    children: [
      {
        name: "Pain & Fever",
        slug: "pain-fever",
        children: [
          leaf("Paracetamol", "paracetamol"),
          leaf("Ibuprofen", "ibuprofen"),
          leaf("Aspirin", "aspirin"),
          leaf("Topical Pain Relief", "topical-pain-relief"),
          leaf("Migraine Relief", "migraine-relief"),
        ],
      },
      {
        name: "Allergy",
        slug: "allergy",
        children: [leaf("Antihistamines", "antihistamines"), leaf("Allergy Nasal Sprays", "allergy-nasal-sprays")],
      },
      {
        name: "Cold & Flu",
        slug: "cold-flu",
        children: [
          leaf("Decongestants", "decongestants"),
          leaf("Cough Remedies", "cough-remedies"),
          leaf("Sore Throat", "sore-throat"),
        ],
      },
      {
        name: "Digestive Health",
        slug: "digestive-health",
        children: [
          leaf("Antacids", "antacids"),
          leaf("Acid Reducers", "acid-reducers"),
          leaf("Laxatives", "laxatives"),
          leaf("Anti-diarrhoeals", "anti-diarrhoeals"),
        ],
      },
      {
        name: "Cardiovascular",
        slug: "cardiovascular",
        children: [
          {
            name: "Blood Pressure",
            slug: "blood-pressure",
            children: [
              leaf("ACE Inhibitors", "ace-inhibitors"),
              leaf("Angiotensin Receptor Blockers", "angiotensin-receptor-blockers"),
              leaf("Beta Blockers", "beta-blockers"),
              leaf("Calcium Channel Blockers", "calcium-channel-blockers"),
              leaf("Diuretics", "diuretics"),
            ],
          },
          leaf("Cholesterol", "cholesterol"),
          leaf("Antiplatelets & Anticoagulants", "antiplatelets-anticoagulants"),
        ],
      },
      {
        name: "Antibiotics (Rx)",
        slug: "antibiotics",
        children: [
          leaf("Penicillins", "penicillins"),
          leaf("Macrolides", "macrolides"),
          leaf("Cephalosporins", "cephalosporins"),
          leaf("Tetracyclines", "tetracyclines"),
          leaf("Fluoroquinolones", "fluoroquinolones"),
          leaf("Other Antibacterials", "other-antibacterials"),
        ],
      },
      { name: "Diabetes", slug: "diabetes", children: [leaf("Oral Antidiabetics", "oral-antidiabetics")] },
      {
        name: "Respiratory",
        slug: "respiratory",
        children: [leaf("Inhalers", "inhalers"), leaf("Asthma Tablets", "asthma-tablets")],
      },
      {
        name: "Sleep & Mood",
        slug: "sleep-mood",
        children: [leaf("Sleep Aids", "sleep-aids"), leaf("Antidepressants", "antidepressants")],
      },
      {
        name: "Eye & Ear Care",
        slug: "eye-ear-care",
        children: [leaf("Eye Drops", "eye-drops"), leaf("Ear Drops", "ear-drops")],
      },
      {
        name: "Skin Conditions",
        slug: "skin-conditions",
        children: [
          leaf("Antifungals", "antifungals"),
          leaf("Topical Steroids", "topical-steroids"),
          leaf("Acne Treatments", "acne-treatments"),
          leaf("Cold Sores", "cold-sores"),
        ],
      },
      leaf("Stop Smoking", "stop-smoking"),
      leaf("Travel Health", "travel-health"),
    ],
  },
  {
    name: "Vitamins & Supplements",
    slug: "vitamins-supplements",
    children: [
      leaf("Vitamin D", "vitamin-d"),
      leaf("Vitamin C", "vitamin-c"),
      leaf("Vitamin B", "vitamin-b"),
      leaf("Multivitamins", "multivitamins"),
      leaf("Minerals", "minerals"),
      leaf("Omega-3 & Fish Oils", "omega-3"),
      leaf("Probiotics", "probiotics"),
      leaf("Herbal Remedies", "herbal-remedies"),
    ],
  },
  {
    name: "Personal Care",
    slug: "personal-care",
    children: [
      leaf("Skin Care", "skin-care"),
      leaf("Sun Care", "sun-care"),
      leaf("Oral Care", "oral-care"),
      leaf("Hair & Scalp", "hair-scalp"),
    ],
  },
  {
    name: "First Aid",
    slug: "first-aid",
    children: [
      leaf("Antiseptics", "antiseptics"),
      leaf("Plasters & Dressings", "plasters-dressings"),
      leaf("Bandages & Supports", "bandages-supports"),
      leaf("Bites, Stings & Burns", "bites-stings-burns"),
    ],
  },
];

export interface FlatCategory {
  name: string;
  slug: string;
  parentSlug: string | null;
  depth: number;
}

/** Depth-first flattening; `depth` 1 = root, so rows can be inserted parents-first level by level. */
export function flattenCategories(nodes: CategoryNode[] = CATEGORY_TREE): FlatCategory[] {
  const out: FlatCategory[] = [];
  const walk = (node: CategoryNode, parentSlug: string | null, depth: number): void => {
    out.push({ name: node.name, slug: node.slug, parentSlug, depth });
    for (const child of node.children ?? []) walk(child, node.slug, depth + 1);
  };
  for (const node of nodes) walk(node, null, 1);
  return out;
}

export const MANUFACTURERS: readonly string[] = [
  "Northbridge Pharmaceuticals",
  "Aurelia Generics",
  "Calder Laboratories",
  "Meridian Health Products",
  "Brightwater Pharma",
  "Vantage Therapeutics",
  "Halcyon Laboratories",
  "Pinecrest Pharma",
  "Solace Generics",
  "Kestrel Pharmaceuticals",
  "Alderton Healthcare",
  "Bluestone Labs",
  "Corvina Pharma",
  "Evergreen Generics",
  "Fairhaven Pharmaceuticals",
  "Granite Life Sciences",
  "Harbourview Pharma",
  "Ironwood Laboratories",
  "Juniper Health",
  "Larkspur Pharmaceuticals",
  "Maplewood Generics",
  "Orchard Pharma",
  "Prairie Labs",
  "Quayside Pharmaceuticals",
  "Redwood Generics",
  "Silverline Healthcare",
  "Tidewater Pharma",
  "Unity Generics",
  "Westbrook Laboratories",
  "Zenith Remedies",
  "Ashford Pharma",
  "Caspian Health",
  "Driftwood Nutrition",
  "Lumen Consumer Health",
];

/** Same normalisation as the catalogue service uses for Manufacturer.nameKey. */
export function manufacturerKey(name: string): string {
  return name.trim().toLowerCase();
}
