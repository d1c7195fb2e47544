-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "SearchTerm_term_trgm" ON "SearchTerm" USING GIST ("term" gist_trgm_ops);

-- CreateIndex
CREATE INDEX "Medicine_status_ratingAverage_id_idx" ON "Medicine"("status", "ratingAverage" DESC, "id");

-- CreateIndex
CREATE INDEX "Medicine_categoryId_status_priceCents_id_idx" ON "Medicine"("categoryId", "status", "priceCents", "id");

-- CreateIndex
CREATE INDEX "Medicine_categoryId_status_ratingAverage_id_idx" ON "Medicine"("categoryId", "status", "ratingAverage" DESC, "id");

-- CreateIndex
CREATE INDEX "Medicine_sellerId_createdAt_id_idx" ON "Medicine"("sellerId", "createdAt" DESC, "id");

-- ---------------------------------------------------------------------------
-- Hand-written: the search lexicon. Every word (letters/digits, >= 3 characters) of
-- Medicine."searchText" is kept in "SearchTerm" by triggers, so seeds, bulk imports and the
-- listing services all feed it without extra code. Inserts are statement-level (one INSERT for a
-- whole createMany), updates fire only when searchText actually changes (not on stock updates).
-- Words are never removed: a stale word merely corrects a typo towards a word with no matches.
-- ---------------------------------------------------------------------------
CREATE FUNCTION "healio_search_terms_from_new_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term)
  SELECT DISTINCT w FROM new_rows, regexp_split_to_table(new_rows."searchText", '[^[:alnum:]]+') AS w
  WHERE length(w) >= 3
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION "healio_search_terms_from_new_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" (term)
  SELECT DISTINCT w FROM regexp_split_to_table(NEW."searchText", '[^[:alnum:]]+') AS w
  WHERE length(w) >= 3
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "Medicine_search_terms_insert" AFTER INSERT ON "Medicine"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "healio_search_terms_from_new_rows"();

CREATE TRIGGER "Medicine_search_terms_update" AFTER UPDATE OF "searchText" ON "Medicine"
  FOR EACH ROW WHEN (OLD."searchText" IS DISTINCT FROM NEW."searchText")
  EXECUTE FUNCTION "healio_search_terms_from_new_row"();

-- Backfill from medicines that already exist.
INSERT INTO "SearchTerm" (term)
SELECT DISTINCT w FROM "Medicine", regexp_split_to_table("searchText", '[^[:alnum:]]+') AS w
WHERE length(w) >= 3
ON CONFLICT DO NOTHING;
