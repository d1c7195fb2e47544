import { Prisma } from "@healio/db";

/** Tokens shorter than this match whole words only (a 1-2 letter prefix matches half the catalogue). */
const MIN_PREFIX_TOKEN_LENGTH = 3;
/** Words shorter than this are not typo-corrected (the lexicon holds words of >= 3 characters). */
const MIN_FUZZY_TOKEN_LENGTH = 3;
/** A lexicon word counts as a correction at this trigram similarity or above (and at most 3 per word). */
const MIN_CORRECTION_SIMILARITY = 0.4;
/** Scores are integers (x 100000) so the relevance keyset compares exactly across pages. */
const SCALE = 100000;

/** Letters-and-digits words of the (already normalised) query, at most 8. */
export function searchTokens(search: string): string[] {
  return search.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8);
}

/**
 * Words of the query as a tsquery: "parac 500" -> 'parac:* & 500'. Tokens are reduced to
 * letters and digits, so no tsquery syntax can be injected; null when nothing is left.
 */
export function prefixTsQuery(search: string): string | null {
  const tokens = searchTokens(search);
  if (tokens.length === 0) return null;
  return tokens.map((t) => (t.length >= MIN_PREFIX_TOKEN_LENGTH ? `${t}:*` : t)).join(" & ");
}

/**
 * CTEs ending in `matched (id, createdAt, priceCents, ratingAverage, score)` for a search (alias
 * m = "Medicine" inside, `filters` over m). The sort keys are carried along, so the page is chosen
 * without touching "Medicine" again.
 *
 * - exact: full-text, every word as a prefix, over `to_tsvector('simple', "searchText")` (the
 *   Medicine_search_fts GIN expression index). Ranked by how well the product NAME matches.
 * - fuzzy, only when exact found nothing under the same filters (`NOT EXISTS (SELECT 1 FROM
 *   exact)` is a one-time filter: otherwise nothing below runs): each query word of >= 3
 *   characters is corrected to its nearest lexicon words ("SearchTerm", pg_trgm GiST
 *   nearest-neighbour, similarity >= 0.4, at most 3), e.g. "paracetmol" -> paracetamol, and the
 *   corrected words (OR within a word, AND across words) run through the same full-text index.
 *   A typo thus costs about what a correct search costs, instead of a trigram scan of every
 *   medicine. A word with no correction means no fuzzy match at all.
 */
export function searchMatch(q: string, filters: Prisma.Sql, options: { correctTypos: boolean } = { correctTypos: true }): Prisma.Sql {
  const tsq = prefixTsQuery(q);
  const keys = Prisma.sql`m.id, m."createdAt", m."priceCents", m."ratingAverage"`;
  const nameScore = Prisma.sql`round(word_similarity(${q}, lower(m.name)) * ${SCALE})::int`;
  const exact = tsq
    ? Prisma.sql`
      SELECT ${keys}, ${nameScore} AS score
      FROM "Medicine" m
      WHERE ${filters} AND to_tsvector('simple', m."searchText") @@ to_tsquery('simple', ${tsq})`
    : Prisma.sql`SELECT ${keys}, 0 AS score FROM "Medicine" m WHERE FALSE`;
  const fuzzyTokens = options.correctTypos ? searchTokens(q).filter((t) => t.length >= MIN_FUZZY_TOKEN_LENGTH) : [];
  return Prisma.sql`
    exact AS MATERIALIZED (${exact}),
    corrections AS (
      SELECT tok, ord, (
        SELECT string_agg(st.term, ' | ')
        FROM (
          SELECT term FROM "SearchTerm"
          WHERE term % tok AND similarity(term, tok) >= ${MIN_CORRECTION_SIMILARITY}
          ORDER BY term <-> tok, term
          LIMIT 3
        ) st
      ) AS alternatives
      FROM unnest(${fuzzyTokens}::text[]) WITH ORDINALITY AS t (tok, ord)
      WHERE NOT EXISTS (SELECT 1 FROM exact)
    ),
    corrected AS (
      SELECT to_tsquery('simple', string_agg('(' || alternatives || ')', ' & ')) AS query
      FROM corrections
      HAVING count(*) > 0 AND bool_and(alternatives IS NOT NULL)
    ),
    fuzzy AS MATERIALIZED (
      SELECT ${keys}, ${nameScore} AS score
      FROM corrected c JOIN "Medicine" m ON to_tsvector('simple', m."searchText") @@ c.query
      WHERE ${filters}
    ),
    matched AS (SELECT * FROM exact UNION ALL SELECT * FROM fuzzy)`;
}

/**
 * A scalar over the CTEs above: each corrected query word with its closest lexicon word, as
 * [word, correction] pairs in query order, when the typo-corrected search ran and matched; else
 * NULL. Lets the page say "Showing results for paracetamol".
 */
export const correctionsColumn = Prisma.sql`(
  SELECT json_agg(json_build_array(c.tok, split_part(c.alternatives, ' | ', 1)) ORDER BY c.ord)
  FROM corrections c
  WHERE EXISTS (SELECT 1 FROM fuzzy)
)`;

/**
 * The query as the corrected search read it: each corrected word replaced by its closest lexicon
 * word ("paracetmol 500" -> "paracetamol 500"); null when nothing was corrected.
 */
export function correctedSearch(search: string, corrections: [string, string][] | null): string | null {
  if (!corrections || corrections.length === 0) return null;
  const fixes = new Map(corrections.filter(([word, fix]) => fix && fix !== word));
  if (fixes.size === 0) return null;
  return searchTokens(search)
    .map((token) => fixes.get(token) ?? token)
    .join(" ");
}
