"use client";

import Form from "next/form";
import { useSearchParams } from "next/navigation";

/** GET form to "/" (works without JavaScript; next/form makes it a client navigation). */
export function SearchForm() {
  const params = useSearchParams();
  const current = params.get("search") ?? "";
  const category = params.get("category");
  return (
    <Form action="/" role="search" className="hl-search" key={current}>
      <label htmlFor="site-search" className="hl-visually-hidden">
        Search medicines
      </label>
      <input
        id="site-search"
        className="hl-input"
        type="search"
        name="search"
        placeholder="Search medicines, e.g. ibuprofen"
        defaultValue={current}
        maxLength={100}
        autoComplete="off"
      />
      {category ? <input type="hidden" name="category" value={category} /> : null}
      <button type="submit" className="hl-button">
        Search
      </button>
    </Form>
  );
}

/** Same form without the current value, shown while search params are not yet available. */
export function SearchFormFallback() {
  return (
    <form action="/" role="search" className="hl-search">
      <label htmlFor="site-search" className="hl-visually-hidden">
        Search medicines
      </label>
      <input id="site-search" className="hl-input" type="search" name="search" placeholder="Search medicines, e.g. ibuprofen" />
      <button type="submit" className="hl-button">
        Search
      </button>
    </form>
  );
}
