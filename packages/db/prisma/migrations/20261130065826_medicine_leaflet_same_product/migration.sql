-- Patient-leaflet sections a seller may fill (shown on the medicine page when present).
ALTER TABLE "Medicine" ADD COLUMN "leafletUses" TEXT,
  ADD COLUMN "leafletDosage" TEXT,
  ADD COLUMN "leafletSideEffects" TEXT,
  ADD COLUMN "leafletWarnings" TEXT;

-- "Also sold by": listings of the same product (generic name, strength, form, pack size,
-- compared case- and space-insensitively) are found through this expression index. The
-- expressions must stay identical to sameProductKeySql in packages/api/src/medicine/also-sold-by.ts.
CREATE INDEX "Medicine_same_product_idx" ON "Medicine" (
  lower(regexp_replace("genericName", '\s+', '', 'g')),
  lower(regexp_replace(strength, '\s+', '', 'g')),
  lower(regexp_replace("dosageForm", '\s+', '', 'g')),
  lower(regexp_replace("packSize", '\s+', '', 'g'))
);
