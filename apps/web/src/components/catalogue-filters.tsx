"use client";

import Form from "next/form";
import type { FormEvent } from "react";

export interface CatalogueFiltersValue {
  search?: string;
  categorySlug?: string;
  sort?: string;
  prescription?: "rx" | "otc";
  inStock: boolean;
}

/**
 * Sort and filter controls as a GET form: shareable URLs, works without JavaScript (Apply button);
 * with JavaScript every change applies at once.
 */
export function CatalogueFilters({ value }: { value: CatalogueFiltersValue }) {
  const submitOnChange = (event: FormEvent<HTMLFormElement>) => event.currentTarget.requestSubmit();
  return (
    <Form action="/" className="catalogue-filters" aria-label="Sort and filter" onChange={submitOnChange}>
      {value.search ? <input type="hidden" name="search" value={value.search} /> : null}
      {value.categorySlug ? <input type="hidden" name="category" value={value.categorySlug} /> : null}
      <div className="catalogue-filters__field">
        <label htmlFor="filter-sort">Sort by</label>
        <select id="filter-sort" name="sort" className="hl-input" defaultValue={value.sort ?? ""}>
          <option value="">{value.search ? "Best match" : "Newest"}</option>
          {value.search ? <option value="newest">Newest</option> : null}
          <option value="price_asc">Price: low to high</option>
          <option value="price_desc">Price: high to low</option>
          <option value="rating">Top rated</option>
        </select>
      </div>
      <div className="catalogue-filters__field">
        <label htmlFor="filter-type">Type</label>
        <select id="filter-type" name="type" className="hl-input" defaultValue={value.prescription ?? ""}>
          <option value="">All medicines</option>
          <option value="otc">Over the counter</option>
          <option value="rx">Prescription only</option>
        </select>
      </div>
      <label className="catalogue-filters__check">
        <input type="checkbox" name="inStock" value="1" defaultChecked={value.inStock} /> In stock only
      </label>
      <noscript>
        <button type="submit" className="hl-button hl-button--secondary hl-button--sm">
          Apply
        </button>
      </noscript>
    </Form>
  );
}
