-- Each span's medicine rows in order of revenue and of units: the top medicines of a long range
-- are proven on the first few thousand rows of each span instead of summing every medicine
-- (packages/api/src/analytics/top-medicines.ts).
CREATE INDEX "AnalyticsMedicineRollup_level_bucket_status_revenueCents_idx" ON "AnalyticsMedicineRollup"("level", "bucket", "status", "revenueCents" DESC);

CREATE INDEX "AnalyticsMedicineRollup_level_bucket_status_units_idx" ON "AnalyticsMedicineRollup"("level", "bucket", "status", "units" DESC);
