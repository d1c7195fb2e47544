/**
 * Catalogue list/search benchmark on a scratch database (created, migrated, dropped).
 *
 *   cd packages/api && pnpm exec tsx bench/catalog-bench.ts [--n 100000] [--runs 200] [--explain] [--keep]
 *     [--url <a database kept by an earlier --keep run: skips seeding>] [--only <scenario substring>]
 *
 * Seeds N medicines (90% ACTIVE) over 250 categories, 500 manufacturers and 200 sellers with one
 * INSERT ... SELECT generate_series, ANALYZEs, then times `listMedicines` (the service behind
 * medicine.list, one SQL statement) per scenario and prints p50/p95/p99 in ms. With --explain it
 * prints EXPLAIN (ANALYZE, BUFFERS) of each scenario's SQL and flags sequential scans of
 * "Medicine". Figures only: nothing here asserts timings.
 */
import { performance } from "node:perf_hooks";
import { createDb, Prisma, type Db } from "@healio/db";
import { createTestDatabase, type TestDatabase } from "@healio/db/testing";
import { decodeCursor } from "../src/medicine/cursor";
import { listMedicines } from "../src/medicine/list-medicines";
import { buildMedicineListQuery, effectiveSort } from "../src/medicine/medicine-list-sql";
import { medicineListInput, type MedicineListInput } from "../src/medicine/medicine.schema";
import { normalizeSearch } from "../src/medicine/search-text";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const N = arg("n", 100_000);
const RUNS = arg("runs", 200);
const EXPLAIN = process.argv.includes("--explain");
const KEEP = process.argv.includes("--keep");
function textArg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const REUSE_URL = textArg("url");
const ONLY = textArg("only");

const GENERICS = [
  "paracetamol", "ibuprofen", "amoxicillin", "cetirizine", "loratadine", "omeprazole", "metformin", "atorvastatin",
  "amlodipine", "lisinopril", "simvastatin", "losartan", "azithromycin", "ciprofloxacin", "doxycycline", "prednisolone",
  "salbutamol", "montelukast", "pantoprazole", "ranitidine", "diclofenac", "naproxen", "aspirin", "clopidogrel",
  "warfarin", "levothyroxine", "sertraline", "fluoxetine", "citalopram", "gabapentin", "tramadol", "codeine",
  "furosemide", "hydrochlorothiazide", "bisoprolol", "metoprolol", "ramipril", "insulin glargine", "sitagliptin",
  "fexofenadine", "desloratadine", "esomeprazole", "lansoprazole", "domperidone", "loperamide", "mebeverine",
  "clarithromycin", "cefalexin", "fluconazole", "aciclovir", "valaciclovir", "folic acid", "ferrous sulfate",
  "vitamin d3", "zinc sulfate", "magnesium citrate", "melatonin", "chlorphenamine", "guaifenesin", "dextromethorphan",
];
const SYLLABLES = ["pa", "na", "dol", "flex", "zan", "tra", "vi", "lo", "mex", "cor", "ra", "pro", "fen", "lin", "ta", "ex"];

async function seed(db: Db): Promise<void> {
  const t0 = performance.now();
  await db.$executeRawUnsafe(`
    INSERT INTO "user" (id, name, email, "emailVerified", role, "createdAt", "updatedAt")
    SELECT 'bench-seller-' || g, 'Seller ' || g, 'seller' || g || '@bench.local', true, 'SELLER', now(), now()
    FROM generate_series(1, 200) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "SellerProfile" (id, "userId", "storeName", "licenceNumber", "licenceExpiresAt", status, "createdAt", "updatedAt")
    SELECT 'bench-sp-' || g, 'bench-seller-' || g, 'Store ' || g, 'LIC-' || g, now() + interval '1 year', 'APPROVED', now(), now()
    FROM generate_series(1, 200) g`);
  // 10 roots x 5 children x 5 grandchildren = 310 categories.
  await db.$executeRawUnsafe(`
    INSERT INTO "Category" (id, name, slug, "parentId", "createdAt", "updatedAt")
    SELECT 'bench-c' || r, 'Root ' || r, 'root-' || r, NULL, now(), now() FROM generate_series(1, 10) r`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Category" (id, name, slug, "parentId", "createdAt", "updatedAt")
    SELECT 'bench-c' || r || '-' || c, 'Child ' || r || '-' || c, 'child-' || r || '-' || c, 'bench-c' || r, now(), now()
    FROM generate_series(1, 10) r, generate_series(1, 5) c`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Category" (id, name, slug, "parentId", "createdAt", "updatedAt")
    SELECT 'bench-c' || r || '-' || c || '-' || l, 'Leaf ' || r || '-' || c || '-' || l, 'leaf-' || r || '-' || c || '-' || l,
           'bench-c' || r || '-' || c, now(), now()
    FROM generate_series(1, 10) r, generate_series(1, 5) c, generate_series(1, 5) l`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Manufacturer" (id, name, "nameKey", "createdAt")
    SELECT 'bench-mf-' || g, 'Maker' || g || ' Pharma', 'maker' || g || ' pharma', now() FROM generate_series(1, 500) g`);
  const generics = `(ARRAY[${GENERICS.map((g) => `'${g}'`).join(",")}])`;
  const syl = `(ARRAY[${SYLLABLES.map((s) => `'${s}'`).join(",")}])`;
  await db.$executeRawUnsafe(`
    WITH src AS (
      SELECT g,
        ${generics}[1 + (hashint4(g) & 2147483647) % ${GENERICS.length}] AS generic,
        initcap(${syl}[1 + (hashint4(g + 1) & 2147483647) % 16] || ${syl}[1 + (hashint4(g + 2) & 2147483647) % 16]
                || ${syl}[1 + (hashint4(g + 3) & 2147483647) % 16]) AS brand,
        (ARRAY['100 mg','200 mg','250 mg','500 mg','10 mg','20 mg'])[1 + (hashint4(g + 4) & 2147483647) % 6] AS strength,
        'bench-mf-' || (1 + (hashint4(g + 5) & 2147483647) % 500) AS mf,
        (1 + (hashint4(g + 6) & 2147483647) % 10) AS r, (1 + (hashint4(g + 7) & 2147483647) % 5) AS c,
        (1 + (hashint4(g + 8) & 2147483647) % 5) AS l
      FROM generate_series(1, ${N}) g
    )
    INSERT INTO "Medicine" (id, "sellerId", "categoryId", "manufacturerId", name, slug, "genericName", strength,
      "dosageForm", "packSize", description, "requiresPrescription", "priceCents", stock, "lowStockThreshold", status,
      "searchText", "ratingAverage", "ratingCount", "createdAt", "updatedAt")
    SELECT 'bench-m-' || g, 'bench-seller-' || (1 + g % 200), 'bench-c' || r || '-' || c || '-' || l, mf,
      brand || ' ' || strength, 'bench-' || g, generic, strength, 'tablet', '20 tablets', '',
      g % 7 = 0, 50 + (hashint4(g + 9) & 2147483647) % 20000, (hashint4(g + 10) & 2147483647) % 200, 10,
      CASE WHEN g % 10 = 0 THEN 'ARCHIVED'::"MedicineStatus" ELSE 'ACTIVE'::"MedicineStatus" END,
      lower(brand || ' ' || strength || ' ' || generic || ' ' || 'maker' || substr(mf, 10) || ' pharma'),
      round(((hashint4(g + 11) & 2147483647) % 501) / 100.0, 2), (hashint4(g + 12) & 2147483647) % 300,
      now() - make_interval(secs => g * 37), now()
    FROM src`);
  await db.$executeRawUnsafe(`ANALYZE`);
  console.info(`seeded ${N} medicines in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

type Scenario = { name: string; input: MedicineListInput; pages?: number };
const SCENARIOS: Scenario[] = [
  { name: "newest (default)", input: {} },
  { name: "newest, page 20 (cursor)", input: {}, pages: 20 },
  { name: "price_asc", input: { sort: "price_asc" } },
  { name: "price_desc, page 10", input: { sort: "price_desc" }, pages: 10 },
  { name: "rating", input: { sort: "rating" } },
  { name: "category root + descendants", input: { categorySlug: "root-3" } },
  { name: "category leaf, price_asc", input: { categorySlug: "leaf-2-3-4", sort: "price_asc" } },
  { name: "category child, price_desc, page 3", input: { categorySlug: "child-7-2", sort: "price_desc" }, pages: 3 },
  { name: "category leaf, rating", input: { categorySlug: "leaf-9-1-5", sort: "rating" } },
  { name: "manufacturer", input: { manufacturerId: "bench-mf-42" } },
  { name: "price range + inStock + otc", input: { minPrice: 1000, maxPrice: 1500, inStock: true, prescription: "otc" } },
  { name: "search 'paracetamol'", input: { search: "paracetamol" } },
  { name: "search typo 'paracetmol'", input: { search: "paracetmol" } },
  { name: "search typo 'ibuprofn', page 5", input: { search: "ibuprofn" }, pages: 5 },
  { name: "search prefix 'amox'", input: { search: "amox" } },
  { name: "search + category root", input: { search: "cetirizine", categorySlug: "root-5" } },
  { name: "search brand 'panadol' price_asc", input: { search: "panadol", sort: "price_asc" } },
  { name: "search manufacturer 'maker42'", input: { search: "maker42" } },
  { name: "search 2 letters 'pa'", input: { search: "pa" } },
  { name: "search typo 'paracetmol' + category", input: { search: "paracetmol", categorySlug: "root-1", sort: "price_asc" } },
];

async function categorySubtree(db: Db, slug: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE ids (id) AS (
      SELECT id FROM "Category" WHERE slug = ${slug}
      UNION SELECT c.id FROM "Category" c JOIN ids ON c."parentId" = ids.id
    ) SELECT id FROM ids`;
  return rows.map((r) => r.id);
}

/** The cursor of the scenario's last page (walks `pages - 1` pages first). */
async function cursorFor(db: Db, s: Scenario): Promise<string | undefined> {
  let cursor: string | undefined;
  for (let p = 1; p < (s.pages ?? 1); p += 1) {
    const page = await listMedicines(db, null, medicineListInput.parse({ ...s.input, ...(cursor ? { cursor } : {}) }));
    cursor = page.nextCursor ?? undefined;
  }
  return cursor;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const t: TestDatabase = REUSE_URL
    ? { url: REUSE_URL, db: createDb({ url: REUSE_URL }), drop: async () => undefined }
    : await createTestDatabase();
  try {
    if (!REUSE_URL) await seed(t.db);
    const rows: string[] = [];
    for (const s of SCENARIOS.filter((x) => !ONLY || x.name.includes(ONLY))) {
      const cursor = await cursorFor(t.db, s);
      const input = medicineListInput.parse({ ...s.input, ...(cursor ? { cursor } : {}) });
      for (let i = 0; i < 5; i += 1) await listMedicines(t.db, null, input);
      const times: number[] = [];
      let items = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const start = performance.now();
        items = (await listMedicines(t.db, null, input)).items.length;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      rows.push(
        `${s.name.padEnd(36)} ${String(items).padStart(5)} ${pct(times, 50).toFixed(2).padStart(8)} ${pct(times, 95)
          .toFixed(2)
          .padStart(8)} ${pct(times, 99).toFixed(2).padStart(8)}`,
      );
      if (EXPLAIN) {
        const search = input.search ? normalizeSearch(input.search) || null : null;
        const decoded = input.cursor ? decodeCursor(input.cursor, effectiveSort(input.sort, search)) : null;
        const categoryIds = input.categorySlug ? await categorySubtree(t.db, input.categorySlug) : null;
        const sql = buildMedicineListQuery(input, decoded, categoryIds, search);
        const plan = await t.db.$queryRaw<{ "QUERY PLAN": string }[]>(
          Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
        );
        const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
        // A branch the planner prepared but did not run ("never executed") costs nothing.
        const executedSeqScan = text.split("\n").some((l) => l.includes('Seq Scan on "Medicine"') && !l.includes("never executed"));
        const seq = executedSeqScan ? "  <-- SEQ SCAN of Medicine" : "";
        console.info(`\n=== ${s.name}${seq}\n${text}`);
      }
    }
    console.info(`\n${N} medicines, ${RUNS} runs each (ms, service call incl. Prisma, pool over loopback)`);
    console.info(`${"scenario".padEnd(36)} ${"items".padStart(5)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)}`);
    for (const r of rows) console.info(r);
  } finally {
    if (KEEP || REUSE_URL) console.info(`kept database: ${t.url}`);
    else await t.drop();
    await t.db.$disconnect();
  }
}

await main();
process.exit(0);
