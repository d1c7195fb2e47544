import { performance } from "node:perf_hooks";
import { createDb } from "@healio/db";
import { getOrdersByStatus, getRevenueByCategory, getRevenueBySeller, getTopMedicines } from "../src/analytics/breakdowns";
import { getHeadlineFigures } from "../src/analytics/headline-figures";
import { getRevenueByDay } from "../src/analytics/revenue-by-day";
import { resolveRange } from "../src/analytics/resolve-range";
import { chooseSource } from "../src/analytics/rollup-plan";
const db = createDb({ url: "postgresql://postgres@127.0.0.1:5432/healio_bench", max: 10 });
const scope = { kind: "marketplace" } as const;
const range = await resolveRange(db, { preset: "90d", basis: "delivered" } as never, "UTC");
const source = await chooseSource(db, scope, range);
console.log("source", source);
const parts = {
  headline: () => getHeadlineFigures(db, scope, range, source),
  byDay: () => getRevenueByDay(db, scope, range, source),
  byCategory: () => getRevenueByCategory(db, scope, range, source),
  bySeller: () => getRevenueBySeller(db, range, source),
  top: () => getTopMedicines(db, scope, range, source),
  byStatus: () => getOrdersByStatus(db, scope, range, source),
};
for (const [name, fn] of Object.entries(parts)) {
  const t: number[] = [];
  for (let i = 0; i < 4; i++) { const s = performance.now(); await fn(); t.push(performance.now() - s); }
  console.log(name, t.map((x) => x.toFixed(0)).join(" "));
}
await db.$disconnect();
