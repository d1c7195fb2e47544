"use client";

import Form from "next/form";

/**
 * Search and status filter as a GET form (shareable URL, works without JavaScript); with
 * JavaScript, next/form navigates client-side and a status change applies at once.
 */
export function ListingFilters({
  search,
  status,
  withStatus = true,
}: {
  search?: string;
  status?: "ACTIVE" | "ARCHIVED";
  withStatus?: boolean;
}) {
  return (
    <Form action="/medicines" className="console-filters" aria-label="Filter medicines">
      <div className="hl-field console-filters__search">
        <label className="hl-field__label" htmlFor="medicine-search">
          Search
        </label>
        <div className="hl-search">
          <input
            id="medicine-search"
            className="hl-input"
            type="search"
            name="search"
            defaultValue={search ?? ""}
            placeholder="Name, generic name or manufacturer"
            maxLength={100}
            autoComplete="off"
          />
          <button type="submit" className="hl-button hl-button--secondary">
            Search
          </button>
        </div>
      </div>
      {withStatus ? (
        <div className="hl-field">
          <label className="hl-field__label" htmlFor="medicine-status">
            Status
          </label>
          <select
            id="medicine-status"
            name="status"
            className="hl-input"
            defaultValue={status ?? ""}
            onChange={(event) => event.currentTarget.form?.requestSubmit()}
          >
            <option value="">All</option>
            <option value="ACTIVE">Active</option>
            <option value="ARCHIVED">Archived</option>
          </select>
        </div>
      ) : null}
    </Form>
  );
}
