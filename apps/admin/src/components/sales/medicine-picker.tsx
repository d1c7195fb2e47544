"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { TextField, formatMoney } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";

export type PickedMedicine = { id: string; label: string; listPriceCents: number };

/**
 * Find a medicine by name and pick it: admins search the live catalogue, sellers their own active
 * listings (the API refuses a seller's proposal for anyone else's medicine either way).
 */
export function MedicinePicker({ scope, value, onChange, error }: { scope: "catalogue" | "mine"; value: PickedMedicine | null; onChange: (m: PickedMedicine | null) => void; error?: string }) {
  const trpc = useTRPC();
  const id = useId();
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim());
  const catalogue = useQuery(trpc.medicine.list.queryOptions({ search: term, limit: 20 }, { enabled: scope === "catalogue" && term.length >= 2 }));
  const mine = useQuery(trpc.listing.listMine.queryOptions({ search: term || undefined, status: "ACTIVE", limit: 20 }, { enabled: scope === "mine" }));
  const options: PickedMedicine[] =
    scope === "catalogue"
      ? (catalogue.data?.items ?? []).map((m) => ({ id: m.id, label: `${m.name} · ${m.strength} · ${m.seller.storeName} · ${formatMoney(m.listPriceCents)}`, listPriceCents: m.listPriceCents }))
      : (mine.data?.items ?? []).map((m) => ({ id: m.id, label: `${m.name} · ${m.strength} · ${formatMoney(m.priceCents)}`, listPriceCents: m.priceCents }));
  const query = scope === "catalogue" ? catalogue : mine;
  const all = value && !options.some((o) => o.id === value.id) ? [value, ...options] : options;

  return (
    <div className="hl-stack hl-stack--sm">
      <TextField
        label="Find a medicine"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        hint={scope === "catalogue" ? "Type at least 2 letters of the name, generic name or manufacturer." : "Your active listings; type to narrow them down."}
      />
      <div className="hl-field">
        <label className="hl-field__label" htmlFor={`${id}-medicine`}>
          Medicine<span className="hl-field__required" aria-hidden="true">*</span>
        </label>
        <select
          id={`${id}-medicine`}
          className="hl-input"
          required
          value={value?.id ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(all.find((o) => o.id === e.target.value) ?? null)}
        >
          <option value="">{query.isFetching ? "Searching…" : all.length ? "Choose a medicine" : "No matches yet"}</option>
          {all.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        {query.isError ? <p className="hl-field__error">Could not search medicines. Try again.</p> : null}
        {error ? (
          <p id={`${id}-error`} className="hl-field__error">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
