// Turns the static definitions into ~600 concrete medicine listings (pure, deterministic).
import { MANUFACTURERS } from "./catalogue-data";
import { OTC_GENERICS } from "./medicine-data-otc";
import { RX_GENERICS, SUPPLEMENTS } from "./medicine-data-rx";
import { FORM_DIRECTIONS, FORM_LABEL, type GenericDef, type Presentation } from "./medicine-types";
import type { DemoSeller } from "./people-data";
import { createRng, slugify, type Rng } from "./prng";

export const ALL_GENERICS: GenericDef[] = [...OTC_GENERICS, ...RX_GENERICS, ...SUPPLEMENTS];

export interface MedicineSeed {
  id: string;
  sellerId: string;
  categorySlug: string;
  manufacturerName: string;
  name: string;
  slug: string;
  genericName: string;
  strength: string;
  dosageForm: string;
  packSize: string;
  description: string;
  /** Patient-leaflet sections (side effects are left to the seller: not invented here). */
  leafletUses: string;
  leafletDosage: string;
  leafletWarnings: string;
  requiresPrescription: boolean;
  priceCents: number;
  /** Stock after the seeded order history; the INITIAL movement is derived from it. */
  finalStock: number;
  lowStockThreshold: number;
  status: "ACTIVE" | "ARCHIVED";
  searchText: string;
  createdAt: Date;
}

// Invented brand names: stem of the generic + suffix ("Paracetamol" -> "Parex").
const BRAND_SUFFIXES = ["ex", "ol", "ix", "ara", "ona", "eze", "ax", "ora", "umed", "elle", "aza", "eon", "ivo", "yn"];
const SELLER_PRICE_FACTOR = [1, 0.94, 1.08, 0.97];
const DAY_MS = 86_400_000;

function brandNames(def: GenericDef, taken: Set<string>, rng: Rng): [string, string] {
  const letters = def.generic.replace(/[^A-Za-z]/g, "").toLowerCase();
  const make = (): string => {
    for (;;) {
      let stem = letters.slice(0, rng.int(3, 5));
      const suffix = rng.pick(BRAND_SUFFIXES);
      if (/[aeiou]$/.test(stem) && /^[aeiou]/.test(suffix)) stem = stem.slice(0, -1);
      const name = stem.charAt(0).toUpperCase() + stem.slice(1) + suffix;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  return [make(), make()];
}

/** Strengths such as "500 mg" or "SPF 50" belong in the name; "A-Z formula" does not. */
const strengthInName = (strength: string): boolean => /^(\d|SPF)/.test(strength);

function productName(base: string, pres: Presentation): string {
  const parts = [base];
  if (strengthInName(pres.strength)) parts.push(pres.strength);
  if (pres.form !== "Dressing" && pres.form !== "Bandage") parts.push(FORM_LABEL[pres.form]);
  return parts.join(" ");
}

const packCount = (pack: string): number => Number.parseFloat(pack) || 1;

/** Prices end in 9 (e.g. 1249 cents = $12.49). */
const retailCents = (cents: number): number => Math.max(99, Math.round(cents / 10) * 10 - 1);

interface Candidate {
  def: GenericDef;
  pres: Presentation;
  pack: string;
  /** 0 = generic labelling, 1/2 = invented brands. */
  label: 0 | 1 | 2;
  brand: string;
  /** A brand is always made by the same company; generic listings vary by seller. */
  manufacturer: string;
  sellerIndex: number;
  /** "d.p.k": identifies the presentation + pack, to guarantee each one is listed at least once. */
  groupKey: string;
  order: number;
}

function buildCandidates(sellerCount: number, rng: Rng): Candidate[] {
  const taken = new Set<string>();
  const out: Candidate[] = [];
  ALL_GENERICS.forEach((def, d) => {
    const brands = brandNames(def, taken, rng);
    const brandMakers = [rng.pick(MANUFACTURERS), rng.pick(MANUFACTURERS)];
    def.presentations.forEach((pres, pi) => {
      pres.packs.forEach((pack, k) => {
        for (const label of [0, 1, 2] as const) {
          for (let s = 0; s < sellerCount; s++) {
            const brand = label === 0 ? def.generic : brands[label - 1]!;
            const manufacturer = label === 0 ? rng.pick(MANUFACTURERS) : brandMakers[label - 1]!;
            const groupKey = `${d}.${pi}.${k}`;
            out.push({ def, pres, pack, label, brand, manufacturer, sellerIndex: s, groupKey, order: out.length });
          }
        }
      });
    });
  });
  return out;
}

/** One listing per presentation + pack first (so every product and leaf category appears), then a random fill. */
function selectCandidates(candidates: Candidate[], target: number, rng: Rng): Candidate[] {
  const byGroup = new Map<string, Candidate[]>();
  for (const c of candidates) byGroup.set(c.groupKey, [...(byGroup.get(c.groupKey) ?? []), c]);
  const chosen = new Set<Candidate>();
  for (const group of byGroup.values()) chosen.add(rng.pick(group));
  for (const c of rng.shuffle(candidates)) {
    if (chosen.size >= target) break;
    chosen.add(c);
  }
  return [...chosen].sort((a, b) => a.order - b.order);
}

function describe(c: Candidate, manufacturer: string): string {
  const { def, pres, pack } = c;
  const strength = strengthInName(pres.strength) ? ` ${pres.strength}` : "";
  const what = `${def.generic}${strength} ${FORM_LABEL[pres.form].toLowerCase()}`;
  const legal = def.requiresPrescription
    ? "Prescription-only medicine: a valid prescription is checked before dispatch."
    : "Always read the label and the patient information leaflet.";
  return `${what} ${def.use}. ${FORM_DIRECTIONS[pres.form]} Pack of ${pack}. Made by ${manufacturer}. ${legal}`;
}

/** Leaflet text built from the same definitions as the description: general, never a dose. */
function leaflet(c: Candidate): Pick<MedicineSeed, "leafletUses" | "leafletDosage" | "leafletWarnings"> {
  const use = c.def.use.charAt(0).toUpperCase() + c.def.use.slice(1);
  return {
    leafletUses: `${use}.`,
    leafletDosage: `${FORM_DIRECTIONS[c.pres.form]} ${
      c.def.requiresPrescription ? "Take exactly as your prescriber directs." : "Follow the dose on the label; do not take more than it says."
    }`,
    leafletWarnings: c.def.requiresPrescription
      ? "Prescription-only medicine. Tell your doctor or pharmacist about any other medicines you take, and if you are pregnant or breastfeeding. Keep out of the sight and reach of children."
      : "Ask a pharmacist before use if you take other medicines, have a long-term condition, or are pregnant or breastfeeding. Keep out of the sight and reach of children.",
  };
}

export function buildMedicines(sellers: readonly DemoSeller[], now: Date, target = 600): MedicineSeed[] {
  const rng = createRng("healio-demo-catalogue");
  const candidates = buildCandidates(sellers.length, rng);
  const selected = selectCandidates(candidates, target, rng);
  const slugs = new Set<string>();

  return selected.map((c, i) => {
    const seller = sellers[c.sellerIndex]!;
    const manufacturer = c.manufacturer;
    const name = productName(c.brand, c.pres);
    const slug = slugify(`${name} ${c.pack} ${seller.storeName.split(" ")[0]}`);
    if (slugs.has(slug)) throw new Error(`demo catalogue produced a duplicate slug: ${slug}`);
    slugs.add(slug);

    const base = c.pres.packs[0] ?? c.pack;
    const packFactor = (packCount(c.pack) / packCount(base)) ** 0.85;
    const brandFactor = c.label === 0 ? 1 : 1.35;
    const jitter = 0.95 + rng.next() * 0.1;
    const priceCents = retailCents(
      c.pres.priceCents * packFactor * brandFactor * (SELLER_PRICE_FACTOR[c.sellerIndex] ?? 1) * jitter,
    );
    const lowStockThreshold = rng.pick([5, 10, 10, 15, 20]);
    const stockBand = rng.weighted([["out", 7], ["low", 13], ["normal", 80]] as const);
    const finalStock =
      stockBand === "out" ? 0 : stockBand === "low" ? rng.int(1, lowStockThreshold) : rng.int(25, 300);

    return {
      id: `seed-med-${String(i + 1).padStart(4, "0")}`,
      sellerId: seller.id,
      categorySlug: c.def.category,
      manufacturerName: manufacturer,
      name,
      slug,
      genericName: c.def.generic,
      strength: c.pres.strength,
      dosageForm: c.pres.form,
      packSize: c.pack,
      description: describe(c, manufacturer),
      ...leaflet(c),
      requiresPrescription: c.def.requiresPrescription,
      priceCents,
      finalStock,
      lowStockThreshold,
      status: rng.chance(0.03) ? "ARCHIVED" : "ACTIVE",
      searchText: `${name} ${c.def.generic} ${manufacturer}`.toLowerCase(),
      createdAt: new Date(now.getTime() - rng.int(125, 180) * DAY_MS - rng.int(0, DAY_MS - 1)),
    };
  });
}
