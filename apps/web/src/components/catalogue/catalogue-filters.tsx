"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { centsToDollarString, parseDollarsToCents } from "@healio/ui";
import { catalogueHref, hasFilters, type CatalogueQuery } from "./catalogue-url";

export type ManufacturerOption = { id: string; name: string };

/** Cents from the URL shown as dollars in the form ("1250" -> "12.50"). */
function dollars(cents: string | undefined): string {
  return cents && /^\d+$/.test(cents) ? centsToDollarString(Number(cents)) : "";
}

/**
 * Sort and filters, all reflected in the URL (shareable, back button works). Selects and the
 * checkbox apply at once; the price range applies with its button. Without JavaScript the form
 * still submits as a plain GET (everything but the price range, which needs the dollars-to-cents
 * conversion).
 */
export function CatalogueFilters({
  query,
  manufacturers,
  sort,
}: {
  query: CatalogueQuery;
  manufacturers: ManufacturerOption[];
  /** The sort the list actually uses (relevance when searching without an explicit sort). */
  sort: string;
}) {
  const router = useRouter();
  const [minPrice, setMinPrice] = useState(dollars(query.minPrice));
  const [maxPrice, setMaxPrice] = useState(dollars(query.maxPrice));
  const [priceError, setPriceError] = useState<{ min?: string; max?: string }>({});
  const searching = Boolean(query.search);
  // The controls show the choice at once (the page re-renders with the new URL a moment later,
  // remounting this form); `updating` announces that the results are on their way.
  const [sortValue, setSortValue] = useState(sort);
  const [prescription, setPrescription] = useState(query.prescription ?? "");
  const [manufacturer, setManufacturer] = useState(query.manufacturer ?? "");
  const [inStock, setInStock] = useState(query.inStock === "1" || query.inStock === "true");
  const [updating, startTransition] = useTransition();
  const go = (patch: CatalogueQuery) =>
    startTransition(() => router.push(catalogueHref(query, patch), { scroll: false }));

  function applyPrice(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: { min?: string; max?: string } = {};
    const min = minPrice.trim() ? parseDollarsToCents(minPrice) : null;
    const max = maxPrice.trim() ? parseDollarsToCents(maxPrice) : null;
    if (min && !min.ok) errors.min = min.message;
    if (max && !max.ok) errors.max = max.message;
    if (min?.ok && max?.ok && min.cents > max.cents) errors.max = "The maximum must not be below the minimum.";
    setPriceError(errors);
    if (errors.min || errors.max) return;
    go({
      minPrice: min?.ok ? String(min.cents) : undefined,
      maxPrice: max?.ok ? String(max.cents) : undefined,
    });
  }

  const known = manufacturers.some((m) => m.id === query.manufacturer);
  return (
    <form action="/" method="get" className="catalogue-filters" aria-label="Sort and filter" onSubmit={applyPrice}>
      {query.search ? <input type="hidden" name="search" value={query.search} /> : null}
      {query.category ? <input type="hidden" name="category" value={query.category} /> : null}
      <div className="catalogue-filters__field">
        <label htmlFor="filter-sort">Sort by</label>
        <select
          id="filter-sort"
          name="sort"
          className="hl-input"
          value={sortValue}
          onChange={(event) => {
            const value = event.target.value;
            setSortValue(value);
            go({ sort: value === (searching ? "relevance" : "newest") ? undefined : value });
          }}
        >
          {searching ? <option value="relevance">Best match</option> : null}
          <option value="newest">Newest</option>
          <option value="price_asc">Price: low to high</option>
          <option value="price_desc">Price: high to low</option>
          <option value="rating">Top rated</option>
        </select>
      </div>
      <div className="catalogue-filters__field">
        <label htmlFor="filter-type">Type</label>
        <select
          id="filter-type"
          name="prescription"
          className="hl-input"
          value={prescription}
          onChange={(event) => {
            setPrescription(event.target.value);
            go({ prescription: event.target.value || undefined });
          }}
        >
          <option value="">All medicines</option>
          <option value="otc">Over the counter</option>
          <option value="rx">Prescription only</option>
        </select>
      </div>
      <div className="catalogue-filters__field">
        <label htmlFor="filter-manufacturer">Manufacturer</label>
        <select
          id="filter-manufacturer"
          name="manufacturer"
          className="hl-input"
          value={manufacturer}
          onChange={(event) => {
            setManufacturer(event.target.value);
            go({ manufacturer: event.target.value || undefined });
          }}
        >
          <option value="">Any manufacturer</option>
          {query.manufacturer && !known ? <option value={query.manufacturer}>Selected manufacturer</option> : null}
          {manufacturers.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="catalogue-filters__price">
        <legend>Price (USD)</legend>
        <div className="catalogue-filters__price-inputs">
          <div className="catalogue-filters__field">
            <label htmlFor="filter-min-price">Min</label>
            <input
              id="filter-min-price"
              className="hl-input"
              inputMode="decimal"
              autoComplete="off"
              placeholder="0.00"
              value={minPrice}
              onChange={(event) => setMinPrice(event.target.value)}
              aria-invalid={priceError.min ? true : undefined}
              aria-describedby={priceError.min ? "filter-min-price-error" : undefined}
            />
          </div>
          <div className="catalogue-filters__field">
            <label htmlFor="filter-max-price">Max</label>
            <input
              id="filter-max-price"
              className="hl-input"
              inputMode="decimal"
              autoComplete="off"
              placeholder="Any"
              value={maxPrice}
              onChange={(event) => setMaxPrice(event.target.value)}
              aria-invalid={priceError.max ? true : undefined}
              aria-describedby={priceError.max ? "filter-max-price-error" : undefined}
            />
          </div>
          <button type="submit" className="hl-button hl-button--secondary">
            Apply price
          </button>
        </div>
        {priceError.min ? (
          <p id="filter-min-price-error" className="hl-field__error">
            Min: {priceError.min}
          </p>
        ) : null}
        {priceError.max ? (
          <p id="filter-max-price-error" className="hl-field__error">
            Max: {priceError.max}
          </p>
        ) : null}
      </fieldset>
      <label className="catalogue-filters__check">
        <input
          type="checkbox"
          name="inStock"
          value="1"
          checked={inStock}
          onChange={(event) => {
            setInStock(event.target.checked);
            go({ inStock: event.target.checked ? "1" : undefined });
          }}
        />{" "}
        In stock only
      </label>
      <p className="catalogue-filters__status hl-small hl-muted" role="status" aria-live="polite">
        {updating ? "Updating results…" : ""}
      </p>
      {hasFilters(query) ? (
        <Link
          className="catalogue-filters__clear"
          href={catalogueHref({ search: query.search, category: query.category, sort: query.sort, limit: query.limit })}
          scroll={false}
        >
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
