/**
 * Deterministic bench data, generated inside PostgreSQL with generate_series (no row-by-row
 * inserts): sellers, a 4-level category tree, medicines, customers, orders with lines in a
 * realistic status mix, and a stock ledger consistent with both. Every "random" choice is
 * hashint4 of the row number, so two runs at the same scale produce identical data.
 */
export type Scale = {
  medicines: number;
  sellers: number;
  customers: number;
  orders: number;
  /** Customers that get a session row (order.place / cart / my orders over HTTP). */
  sessionCustomers: number;
};

export const FULL_SCALE: Scale = { medicines: 100_000, sellers: 500, customers: 50_000, orders: 1_000_000, sessionCustomers: 20_000 };
export const QUICK_SCALE: Scale = { medicines: 3_000, sellers: 30, customers: 2_000, orders: 6_000, sessionCustomers: 1_000 };

/** Tree shape: 8 roots x 4 children x 3 grandchildren x 4 leaves = 520 categories, 65 per root. */
export const TREE = { roots: 8, children: 4, grandchildren: 3, leaves: 4 } as const;
export const LEAVES = TREE.roots * TREE.children * TREE.grandchildren * TREE.leaves;
/** Fixed clock so that data (and therefore plans and pages) are the same every run. */
export const T0 = "2026-11-01 00:00:00";

/** A uniform integer in [0, n) from a row number and a salt. */
const h = (expr: string, salt: number, n: number | string) =>
  `((hashint8((${expr})::int8 * 7919 + ${salt}) & 2147483647) % (${n}))`;

const GENERICS = [
  "paracetamol", "ibuprofen", "amoxicillin", "cetirizine", "loratadine", "omeprazole", "metformin", "atorvastatin",
  "amlodipine", "lisinopril", "simvastatin", "losartan", "azithromycin", "ciprofloxacin", "doxycycline", "prednisolone",
  "salbutamol", "montelukast", "pantoprazole", "diclofenac", "naproxen", "aspirin", "clopidogrel", "levothyroxine",
  "sertraline", "fluoxetine", "citalopram", "gabapentin", "furosemide", "bisoprolol", "metoprolol", "ramipril",
  "fexofenadine", "esomeprazole", "lansoprazole", "loperamide", "clarithromycin", "cefalexin", "fluconazole", "aciclovir",
];
const SYLLABLES = ["pa", "na", "dol", "flex", "zan", "tra", "vi", "lo", "mex", "cor", "ra", "pro", "fen", "lin", "ta", "ex"];
const STRENGTHS = ["100 mg", "200 mg", "250 mg", "500 mg", "10 mg", "20 mg"];
const FORMS = ["tablet", "capsule", "syrup", "cream", "drops"];

const arr = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(",")}]`;

/** Price of medicine g, in cents (used for the medicine and for the order lines that snapshot it). */
const price = (g: string) => `(150 + ${h(g, 9, 9850)})`;

/** The seed, as a list of statements (run in order on one connection). */
export function seedStatements(s: Scale): { label: string; sql: string }[] {
  const perSeller = Math.floor(s.medicines / s.sellers);
  const { roots, children, grandchildren, leaves } = TREE;
  return [
    {
      label: "users (admin, sellers, customers)",
      sql: `
      INSERT INTO "user" (id, name, email, "emailVerified", role, "createdAt", "updatedAt")
      SELECT 'badmin', 'Bench Admin', 'admin@bench.healio', true, 'ADMIN'::"Role", '${T0}'::timestamp, '${T0}'::timestamp
      UNION ALL
      SELECT 'bs' || g, 'Seller ' || g, 'seller' || g || '@bench.healio', true, 'SELLER'::"Role", '${T0}'::timestamp, '${T0}'::timestamp
      FROM generate_series(1, ${s.sellers}) g
      UNION ALL
      SELECT 'bc' || g, 'Customer ' || g, 'customer' || g || '@bench.healio', true, 'CUSTOMER'::"Role", '${T0}'::timestamp, '${T0}'::timestamp
      FROM generate_series(1, ${s.customers}) g;
      INSERT INTO "SellerProfile" (id, "userId", "storeName", "licenceNumber", "licenceExpiresAt", status, "createdAt", "updatedAt")
      SELECT 'bsp' || g, 'bs' || g, 'Pharmacy ' || g, 'BENCH-LIC-' || g, timestamp '2036-01-01', 'APPROVED', '${T0}'::timestamp, '${T0}'::timestamp
      FROM generate_series(1, ${s.sellers}) g;`,
    },
    {
      label: "category tree (4 levels)",
      sql: `
      INSERT INTO "Category" (id, name, slug, "parentId", "createdAt", "updatedAt")
      SELECT 'bk' || r, 'Group ' || r, 'group-' || r, NULL, '${T0}'::timestamp, '${T0}'::timestamp FROM generate_series(1, ${roots}) r;
      INSERT INTO "Category" (id, name, slug, "parentId", "createdAt", "updatedAt")
      SELECT 'bk' || r || '-' || c, 'Family ' || r || '.' || c, 'family-' || r || '-' || c, 'bk' || r, '${T0}'::timestamp, '${T0}'::timestamp
      FROM generate_series(1, ${roots}) r, generate_series(1, ${children}) c;
      INSERT INTO "Category" (id, name, slug, "parentId", "createdAt", "updatedAt")
      SELECT 'bk' || r || '-' || c || '-' || d, 'Class ' || r || '.' || c || '.' || d, 'class-' || r || '-' || c || '-' || d,
             'bk' || r || '-' || c, '${T0}'::timestamp, '${T0}'::timestamp
      FROM generate_series(1, ${roots}) r, generate_series(1, ${children}) c, generate_series(1, ${grandchildren}) d;
      INSERT INTO "Category" (id, name, slug, "parentId", "createdAt", "updatedAt")
      SELECT 'bk' || r || '-' || c || '-' || d || '-' || l, 'Type ' || r || '.' || c || '.' || d || '.' || l,
             'type-' || r || '-' || c || '-' || d || '-' || l, 'bk' || r || '-' || c || '-' || d, '${T0}'::timestamp, '${T0}'::timestamp
      FROM generate_series(1, ${roots}) r, generate_series(1, ${children}) c, generate_series(1, ${grandchildren}) d,
           generate_series(1, ${leaves}) l;
      INSERT INTO "Manufacturer" (id, name, "nameKey", "createdAt")
      SELECT 'bmf' || g, 'Maker' || g || ' Pharma', 'maker' || g || ' pharma', '${T0}' FROM generate_series(1, 400) g;`,
    },
    {
      // Leaf k (0-based) is type-r-c-d-l; categories are skewed (power law) like real catalogues.
      label: `${s.medicines} medicines`,
      sql: `
      WITH src AS (
        SELECT g,
          (${arr(GENERICS)})[1 + ${h("g", 1, GENERICS.length)}] AS generic,
          initcap((${arr(SYLLABLES)})[1 + ${h("g", 2, 16)}] || (${arr(SYLLABLES)})[1 + ${h("g", 3, 16)}]
            || (${arr(SYLLABLES)})[1 + ${h("g", 4, 16)}]) AS brand,
          (${arr(STRENGTHS)})[1 + ${h("g", 5, STRENGTHS.length)}] AS strength,
          1 + ${h("g", 6, 400)} AS mf,
          floor(${LEAVES} * power(${h("g", 7, 1_000_000)} / 1000000.0, 1.6))::int AS leaf
        FROM generate_series(1, ${s.medicines}) g
      )
      INSERT INTO "Medicine" (id, "sellerId", "categoryId", "manufacturerId", name, slug, "genericName", strength,
        "dosageForm", "packSize", description, "requiresPrescription", "priceCents", stock, "lowStockThreshold", status,
        "searchText", "ratingAverage", "ratingCount", "createdAt", "updatedAt")
      SELECT 'bm' || g, 'bs' || (1 + (g - 1) % ${s.sellers}),
        'bk' || (1 + leaf / ${children * grandchildren * leaves}) || '-' || (1 + (leaf / ${grandchildren * leaves}) % ${children})
          || '-' || (1 + (leaf / ${leaves}) % ${grandchildren}) || '-' || (1 + leaf % ${leaves}),
        'bmf' || mf, brand || ' ' || strength, 'bench-' || lower(brand) || '-' || g, generic, strength,
        (${arr(FORMS)})[1 + ${h("g", 8, FORMS.length)}], (10 + ${h("g", 10, 5)} * 10) || ' units', 'Bench medicine ' || g,
        g % 7 = 0, ${price("g")},
        CASE WHEN ${h("g", 11, 100)} < 3 THEN 0 ELSE 20 + ${h("g", 12, 5000)} END, 10,
        CASE WHEN g % 20 = 0 THEN 'ARCHIVED'::"MedicineStatus" ELSE 'ACTIVE'::"MedicineStatus" END,
        lower(brand || ' ' || strength || ' ' || generic || ' maker' || mf || ' pharma'),
        round(${h("g", 13, 501)} / 100.0, 2), ${h("g", 14, 300)},
        timestamp '${T0}' - make_interval(secs => g * 300), timestamp '${T0}' - make_interval(secs => g * 300)
      FROM src;`,
    },
    {
      // Order o: one seller, one customer, 3 distinct lines of that seller's medicines (seller s
      // owns medicines s, s + S, s + 2S, ...). Newest 2% PLACED, next 2% PROCESSING, next 4%
      // SHIPPED, the rest DELIVERED or (10%) CANCELLED. FK triggers are skipped for the bulk load
      // (session_replication_role): the generator is consistent by construction and the invariant
      // script checks it afterwards.
      label: `${s.orders} orders with ${s.orders * 3} lines`,
      sql: `
      SET session_replication_role = replica;
      CREATE TEMP TABLE bench_line AS
      SELECT o, i, q, m, ${price("m")} AS unit
      FROM (
        SELECT o, i, 1 + ${h("o * 3 + i", 21, 3)} AS q,
          (1 + ${h("o", 22, s.sellers)}) + ${s.sellers} * ((${h("o", 23, perSeller)} + i * 37) % ${perSeller}) AS m
        FROM generate_series(1, ${s.orders}) o, generate_series(0, 2) i
      ) x;
      INSERT INTO "Order" (id, number, "checkoutId", "customerId", "sellerId", status, "paymentMethod", "subtotalCents",
        "discountCents", "shippingCents", "totalCents", currency, "shippingName", "shippingLine1", "shippingCity",
        "shippingPostal", "shippingCountry", phone, "createdAt", "updatedAt")
      SELECT 'bo' || o, o, 'bco' || o, 'bc' || (1 + ${h("o", 24, s.customers)}), 'bs' || (1 + ${h("o", 22, s.sellers)}),
        (CASE WHEN rank < 0.02 THEN 'PLACED' WHEN rank < 0.04 THEN 'PROCESSING' WHEN rank < 0.08 THEN 'SHIPPED'
              WHEN ${h("o", 25, 10)} = 0 THEN 'CANCELLED' ELSE 'DELIVERED' END)::"OrderStatus",
        'CASH_ON_DELIVERY', sub, 0, CASE WHEN sub >= 5000 THEN 0 ELSE 499 END, sub + CASE WHEN sub >= 5000 THEN 0 ELSE 499 END,
        'USD', 'Customer', '1 Bench Street', 'Testville', '10001', 'US', '+1 555 010 0000',
        timestamp '${T0}' - make_interval(secs => (${s.orders} - o) * (31536000.0 / ${s.orders})),
        timestamp '${T0}' - make_interval(secs => (${s.orders} - o) * (31536000.0 / ${s.orders}))
      FROM (
        SELECT o, (${s.orders} - o)::float8 / ${s.orders} AS rank, sum(unit * q)::int AS sub
        FROM bench_line GROUP BY o
      ) x;
      SELECT setval(pg_get_serial_sequence('"Order"', 'number'), ${s.orders});
      INSERT INTO "OrderItem" (id, "orderId", "medicineId", name, strength, "unitPriceCents", "discountCents", quantity, "lineTotalCents",
        "orderCreatedAt", "orderStatus", "orderSellerId")
      SELECT 'boi' || l.o || '-' || l.i, 'bo' || l.o, 'bm' || l.m, md.name, md.strength, l.unit, 0, l.q, l.unit * l.q,
        o."createdAt", o.status, o."sellerId"
      FROM bench_line l JOIN "Medicine" md ON md.id = 'bm' || l.m JOIN "Order" o ON o.number = l.o;
      INSERT INTO "OrderStatusEvent" (id, "orderId", "fromStatus", "toStatus", "actorId", "createdAt")
      SELECT 'bev' || o.number, o.id, NULL, 'PLACED', o."customerId", o."createdAt" FROM "Order" o;
      SET session_replication_role = origin;`,
    },
    {
      // Ledger: per medicine one lot (BENCH) holding its stock, every past line allocated to it, an
      // INITIAL receipt of (current stock + units sold) and one summary ORDER movement for
      // everything sold in non-cancelled orders, so stock = SUM(batch) = SUM(delta) holds.
      label: "stock ledger",
      sql: `
      SET session_replication_role = replica;
      CREATE TEMP TABLE bench_sold AS
      SELECT l.m, sum(l.q)::int AS sold FROM bench_line l JOIN "Order" o ON o.number = l.o
      WHERE o.status <> 'CANCELLED' GROUP BY l.m;
      INSERT INTO "Batch" (id, "medicineId", "lotNumber", "expiresAt", quantity, state, "createdAt", "updatedAt")
      SELECT 'bb' || md.id, md.id, 'BENCH', now() + interval '2 years', md.stock, 'AVAILABLE', timestamp '${T0}' - interval '400 days', now()
      FROM "Medicine" md;
      INSERT INTO "OrderItemBatch" ("orderItemId", "batchId", quantity)
      SELECT oi.id, 'bb' || oi."medicineId", oi.quantity FROM "OrderItem" oi;
      INSERT INTO "StockMovement" (id, "medicineId", delta, reason, note, "createdAt", "batchId")
      SELECT 'bsm-i' || md.id, md.id, md.stock + COALESCE(s.sold, 0), 'INITIAL', 'bench seed', timestamp '${T0}' - interval '400 days', 'bb' || md.id
      FROM "Medicine" md LEFT JOIN bench_sold s ON 'bm' || s.m = md.id
      WHERE md.stock + COALESCE(s.sold, 0) <> 0;
      INSERT INTO "StockMovement" (id, "medicineId", delta, reason, note, "createdAt", "batchId")
      SELECT 'bsm-o' || s.m, 'bm' || s.m, -s.sold, 'ORDER', 'bench seed: past orders', timestamp '${T0}', 'bbbm' || s.m
      FROM bench_sold s WHERE s.sold > 0;
      DROP TABLE bench_line; DROP TABLE bench_sold;
      SET session_replication_role = origin;`,
    },
    {
      // The bulk loads above ran without triggers (session_replication_role), so the analytics
      // rollups the triggers keep are rebuilt from the rows, as the analytics_rollups migration does.
      label: "analytics rollups",
      sql: `SELECT "healio_rollup_rebuild"();`,
    },
    {
      label: "sessions (customers, sellers, admin)",
      sql: `
      INSERT INTO session (id, "expiresAt", token, "createdAt", "updatedAt", "userId")
      SELECT 'bss-' || u.id, now() + interval '7 days', 'bench-session-' || u.id, now(), now(), u.id
      FROM "user" u
      WHERE u.role <> 'CUSTOMER' OR u.id IN (SELECT 'bc' || g FROM generate_series(1, ${s.sessionCustomers}) g);`,
    },
  ];
}

/** The session token the seed gave a user (cookie value = token signed with the app secret). */
export const sessionToken = (userId: string) => `bench-session-${userId}`;
