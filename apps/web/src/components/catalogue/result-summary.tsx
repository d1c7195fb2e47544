import Link from "next/link";
import type { MedicineListPage } from "@/trpc/types";
import { catalogueHref, type CatalogueQuery } from "./catalogue-url";
import "./catalogue.css";

const count = new Intl.NumberFormat("en-US");

/**
 * Above the results: how many medicines match, and when the search was typo-corrected, what it
 * was read as, with the search exactly as typed one click away.
 */
export function ResultSummary({ page, query }: { page: MedicineListPage; query: CatalogueQuery }) {
  const { total, correctedSearch } = page;
  if (!total) return null;
  const noun = total.count === 1 && !total.more ? "medicine" : "medicines";
  return (
    <div className="result-summary" role="status">
      {correctedSearch ? (
        <p className="result-summary__corrected">
          Showing results for <strong>{correctedSearch}</strong>.{" "}
          <Link href={catalogueHref(query, { exact: "1" })}>Search instead for “{query.search}”</Link>
        </p>
      ) : null}
      <p className="result-summary__count">
        {total.more ? `${count.format(total.count)}+` : count.format(total.count)} {noun}
      </p>
    </div>
  );
}
