"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button, Spinner } from "@healio/ui";

export type RangeValue = { preset: string; from?: string; to?: string; basis: string };

const PRESETS = [
  { value: "today", label: "Today" },
  { value: "7d", label: "7 days" },
  { value: "30d", label: "30 days" },
  { value: "90d", label: "90 days" },
  { value: "custom", label: "Custom" },
] as const;
const BASES = [
  { value: "delivered", label: "Delivered" },
  { value: "booked", label: "Booked" },
] as const;

function query(value: RangeValue, seller?: string): string {
  const q = new URLSearchParams({ range: value.preset, basis: value.basis });
  if (value.preset === "custom") {
    if (value.from) q.set("from", value.from);
    if (value.to) q.set("to", value.to);
  }
  if (seller) q.set("seller", seller);
  return q.toString();
}

/**
 * Range presets, custom dates and the delivered/booked switch. The state lives in the URL (a plain
 * GET form without JavaScript); with it, a preset or basis change applies at once.
 */
export function RangePicker({ value, seller }: { value: RangeValue; seller?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState<RangeValue>(value);

  const go = (next: RangeValue) => {
    setDraft(next);
    if (next.preset === "custom" && (!next.from || !next.to)) return; // wait for both dates
    startTransition(() => router.push(`${pathname}?${query(next, seller)}`));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(draft);
  };

  return (
    <form method="get" className="analytics-picker" onSubmit={submit} aria-busy={pending}>
      {seller ? <input type="hidden" name="seller" value={seller} /> : null}
      <fieldset className="analytics-segmented">
        <legend className="hl-field__label">Range</legend>
        {PRESETS.map((p) => (
          <label key={p.value}>
            <input
              type="radio"
              name="range"
              value={p.value}
              checked={draft.preset === p.value}
              onChange={() => go({ ...draft, preset: p.value })}
            />
            <span>{p.label}</span>
          </label>
        ))}
      </fieldset>
      {draft.preset === "custom" ? (
        <div className="analytics-picker__dates">
          <div className="hl-field">
            <label className="hl-field__label" htmlFor="range-from">
              From
            </label>
            <input
              id="range-from"
              className="hl-input"
              type="date"
              name="from"
              required
              value={draft.from ?? ""}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </div>
          <div className="hl-field">
            <label className="hl-field__label" htmlFor="range-to">
              To
            </label>
            <input
              id="range-to"
              className="hl-input"
              type="date"
              name="to"
              required
              value={draft.to ?? ""}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
          <Button type="submit" variant="secondary">
            Apply
          </Button>
        </div>
      ) : null}
      <fieldset className="analytics-segmented">
        <legend className="hl-field__label">Revenue counts</legend>
        {BASES.map((b) => (
          <label key={b.value}>
            <input
              type="radio"
              name="basis"
              value={b.value}
              checked={draft.basis === b.value}
              onChange={() => go({ ...draft, basis: b.value })}
            />
            <span>{b.label}</span>
          </label>
        ))}
      </fieldset>
      <noscript>
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </noscript>
      <span className="analytics-picker__status" role="status">
        {pending ? (
          <>
            <Spinner /> Updating…
          </>
        ) : null}
      </span>
    </form>
  );
}
