-- Each span's medicine rows in order of revenue and of units, carrying the other columns the
-- dashboard reads (INCLUDE, hand-written: Prisma's schema cannot say it, so schema.prisma lists
-- the key columns only):
-- - the top medicines of a long range are proven on the first few thousand rows of each span
--   instead of summing every medicine (packages/api/src/analytics/top-medicines.ts);
-- - the revenue by category reads a whole span from either index alone (an index-only scan),
--   instead of fetching each row from the heap in random order.
CREATE INDEX "AnalyticsMedicineRollup_level_bucket_status_revenueCents_idx" ON "AnalyticsMedicineRollup"("level", "bucket", "status", "revenueCents" DESC) INCLUDE ("medicineId", "units");

CREATE INDEX "AnalyticsMedicineRollup_level_bucket_status_units_idx" ON "AnalyticsMedicineRollup"("level", "bucket", "status", "units" DESC) INCLUDE ("medicineId", "revenueCents");
