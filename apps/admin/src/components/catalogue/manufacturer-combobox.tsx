"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { manufacturerNameKey } from "@healio/api/manufacturer/name-key";
import { useTRPC } from "@healio/client/trpc";

export type ManufacturerPick = { id: string; name: string };

export interface ManufacturerComboboxProps {
  id: string;
  value: string;
  onChange: (text: string) => void;
  /** The existing manufacturer whose name matches the text (case-insensitively), or null: a new one. */
  onMatch: (match: ManufacturerPick | null) => void;
  /** Known before any search (the listing's current manufacturer when editing). */
  initial?: ManufacturerPick | null;
  error?: string;
}

/**
 * Pick-or-create: a text input with suggestions (native datalist, so keyboard and screen readers
 * work as with any input) from manufacturer.list. A name that matches an existing manufacturer
 * case-insensitively picks it; anything else is created on save (the server de-duplicates too).
 */
export function ManufacturerCombobox({ id, value, onChange, onMatch, initial = null, error }: ManufacturerComboboxProps) {
  const trpc = useTRPC();
  const listId = useId();
  const [search, setSearch] = useState(value.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSearch(value.trim()), 200);
    return () => clearTimeout(timer);
  }, [value]);

  const suggestions = useQuery({
    ...trpc.manufacturer.list.queryOptions({ search: search.slice(0, 120) || undefined, limit: 20 }),
    placeholderData: keepPreviousData,
  });
  const options = suggestions.data?.items ?? [];
  const key = manufacturerNameKey(value);
  const match =
    key === ""
      ? null
      : (options.find((o) => manufacturerNameKey(o.name) === key) ??
        (initial && manufacturerNameKey(initial.name) === key ? initial : null));

  useEffect(() => {
    // Report only when the matched manufacturer changes (match is derived on every render).
    onMatch(match);
  }, [match?.id]);

  const settled = !suggestions.isFetching && search === value.trim();
  const hint =
    key === ""
      ? "Start typing to pick an existing manufacturer, or enter a new name."
      : match
        ? `Existing manufacturer: ${match.name}.`
        : settled
          ? `“${value.trim()}” is new: it will be added when you save.`
          : "Looking up manufacturers…";

  return (
    <div className="hl-field">
      <label className="hl-field__label" htmlFor={id}>
        Manufacturer
        <span className="hl-field__required" aria-hidden="true">
          *
        </span>
      </label>
      <input
        id={id}
        name="manufacturer"
        className="hl-input"
        list={listId}
        autoComplete="off"
        required
        maxLength={120}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.id} value={o.name} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="hl-field__hint" aria-live="polite">
        {hint}
      </p>
      {suggestions.isError ? (
        <p className="hl-field__hint">Suggestions are unavailable right now; you can still type the name.</p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="hl-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
