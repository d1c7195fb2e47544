"use client";

import { useId } from "react";
import { TextField, centsToDollarString, formatMoney, parseDollarsToCents } from "@healio/ui";

/** What the form holds as typed; `toPriceRule` turns it into the API's fields or an error per field. */
export type PriceRuleDraft = { mode: "price" | "percent"; price: string; percent: string; cap: string; limit: string };

export type PriceRule = { salePriceCents?: number; percentOff?: number; capUnits: number | null; perCustomerLimit: number | null };

export function draftOf(item?: { salePriceCents: number | null; percentOff: number | null; capUnits: number | null; perCustomerLimit: number | null }): PriceRuleDraft {
  return {
    mode: item?.percentOff != null ? "percent" : "price",
    price: item?.salePriceCents != null ? centsToDollarString(item.salePriceCents) : "",
    percent: item?.percentOff != null ? String(item.percentOff) : "",
    cap: item?.capUnits != null ? String(item.capUnits) : "",
    limit: item?.perCustomerLimit != null ? String(item.perCustomerLimit) : "",
  };
}

function wholeNumber(raw: string, min: number, max: number, what: string): { value: number | null; error?: string } {
  if (raw.trim() === "") return { value: null };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) return { value: null, error: `${what}: a whole number from ${min} to ${max}.` };
  return { value: n };
}

/** Checks what the browser can check (the API checks it all again, and the list price). */
export function toPriceRule(d: PriceRuleDraft, listPriceCents: number | null): { rule?: PriceRule; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const cap = wholeNumber(d.cap, 1, 1_000_000, "Cap");
  const limit = wholeNumber(d.limit, 1, 99, "Limit");
  if (cap.error) errors.capUnits = cap.error;
  if (limit.error) errors.perCustomerLimit = limit.error;
  let price: Pick<PriceRule, "salePriceCents" | "percentOff"> = {};
  if (d.mode === "price") {
    const parsed = parseDollarsToCents(d.price);
    if (!parsed.ok) errors.salePriceCents = parsed.message;
    else if (listPriceCents !== null && parsed.cents > listPriceCents) errors.salePriceCents = `The sale price cannot be above the list price (${formatMoney(listPriceCents)}).`;
    else price = { salePriceCents: parsed.cents };
  } else {
    const pct = wholeNumber(d.percent, 1, 100, "Percent off");
    if (pct.error || pct.value === null) errors.percentOff = pct.error ?? "Percent off: a whole number from 1 to 100.";
    else price = { percentOff: pct.value };
  }
  if (Object.keys(errors).length) return { errors };
  return { rule: { ...price, capUnits: cap.value, perCustomerLimit: limit.value }, errors };
}

/** Sale price OR percent off, optional cap of units at the sale price, optional per-customer limit. */
export function PriceRuleFields({ draft, onChange, errors }: { draft: PriceRuleDraft; onChange: (d: PriceRuleDraft) => void; errors: Record<string, string | undefined> }) {
  const id = useId();
  const set = (patch: Partial<PriceRuleDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="hl-stack hl-stack--sm">
      <fieldset className="sale-form__mode">
        <legend className="hl-field__label">Sale price</legend>
        <label className="hl-row hl-small">
          <input type="radio" name={`${id}-mode`} checked={draft.mode === "price"} onChange={() => set({ mode: "price" })} /> Fixed price
        </label>
        <label className="hl-row hl-small">
          <input type="radio" name={`${id}-mode`} checked={draft.mode === "percent"} onChange={() => set({ mode: "percent" })} /> Percent off the list price
        </label>
      </fieldset>
      <div className="sale-form__row">
        {draft.mode === "price" ? (
          <TextField label="Price (USD)" inputMode="decimal" required value={draft.price} onChange={(e) => set({ price: e.target.value })} error={errors.salePriceCents} placeholder="8.99" />
        ) : (
          <TextField label="Percent off" inputMode="numeric" required value={draft.percent} onChange={(e) => set({ percent: e.target.value })} error={errors.percentOff} placeholder="20" />
        )}
        <TextField label="Cap" inputMode="numeric" value={draft.cap} onChange={(e) => set({ cap: e.target.value })} error={errors.capUnits} hint="Units that may sell at the sale price. Empty: no cap." />
        <TextField label="Per customer" inputMode="numeric" value={draft.limit} onChange={(e) => set({ limit: e.target.value })} error={errors.perCustomerLimit} hint="Units one customer may buy at the sale price. Empty: no limit." />
      </div>
    </div>
  );
}
