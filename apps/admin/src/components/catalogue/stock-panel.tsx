"use client";

import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Badge, Button, TextField } from "@healio/ui";
import { correctionInput, restockInput, writeOffInput } from "@healio/api/inventory/inventory.schema";
import { useTRPC } from "@healio/client/trpc";
import { STOCK_REASON_LABEL, formatDelta } from "./audit-format";
import { describeProblem, firstIssuePerField } from "./problems";

type Kind = "restock" | "correction" | "damage" | "expiry";

const KINDS: { value: Kind; label: string; hint: string }[] = [
  { value: "restock", label: "Restock", hint: "Goods received: one lot, with its number and expiry as printed on the pack." },
  { value: "correction", label: "Correction", hint: "A stock count differed: adjust up or down, and say why." },
  { value: "damage", label: "Write off damaged", hint: "Damaged packs leave stock." },
  { value: "expiry", label: "Write off expired", hint: "Expired packs leave stock." },
];

const SUBMIT_LABEL: Record<Kind, string> = {
  restock: "Restock",
  correction: "Apply correction",
  damage: "Write off",
  expiry: "Write off",
};

const count = new Intl.NumberFormat("en-US");

/** "+12" / "-3" / "12" -> integer; anything else -> null. */
function parseSignedInt(raw: string): number | null {
  const text = raw.trim().replace(/^\u2212/, "-");
  return /^[+-]?\d{1,9}$/.test(text) ? Number(text) : null;
}

type Result = { stockBefore: number; stockAfter: number; delta: number; reason: string };
type FieldErrors = { quantity?: string; note?: string; lotNumber?: string; expiresAt?: string };

/** The printed expiry day (yyyy-mm-dd): the lot is usable through the end of that day (UTC). */
function expiryOf(day: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T23:59:59.999Z`) : null;
}

/**
 * Stock changes of one listing, only through the inventory procedures: restock, correction,
 * damage/expiry write-off, each with a note. Shows the stock the change would leave, refuses
 * going below zero up front, and shows the server's refusal (e.g. a concurrent order took the
 * stock) as clearly as its own.
 */
export function StockPanel({
  medicineId,
  stock,
  lowStockThreshold,
  canEdit,
}: {
  medicineId: string;
  stock: number;
  lowStockThreshold: number;
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("restock");
  const [quantity, setQuantity] = useState("");
  const [note, setNote] = useState("");
  const [lotNumber, setLotNumber] = useState("");
  const [expiryDay, setExpiryDay] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const restock = useMutation(trpc.inventory.restock.mutationOptions());
  const correct = useMutation(trpc.inventory.correct.mutationOptions());
  const writeOff = useMutation(trpc.inventory.writeOff.mutationOptions());
  const pending = restock.isPending || correct.isPending || writeOff.isPending;

  const amount = parseSignedInt(quantity);
  const delta = amount === null ? null : kind === "restock" || kind === "correction" ? amount : -amount;
  const preview = delta === null ? null : stock + delta;
  const low = stock > 0 && stock <= lowStockThreshold;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setProblem(null);
    setResult(null);
    const trimmedNote = note.trim();
    const local: FieldErrors = {};
    let call: () => Promise<Result>;
    if (kind === "correction") {
      const input = { medicineId, delta: amount ?? Number.NaN, note: trimmedNote };
      const parsed = correctionInput.safeParse(input);
      if (!parsed.success) {
        const issues = firstIssuePerField(parsed.error.issues);
        if (issues.delta) local.quantity = amount === null ? "Enter a whole number, e.g. -3 or +5." : issues.delta;
        if (issues.note) local.note = issues.note;
      }
      call = () => correct.mutateAsync(input);
    } else {
      const quantityValue = amount ?? Number.NaN;
      const base = { medicineId, quantity: quantityValue, ...(trimmedNote ? { note: trimmedNote } : {}) };
      const lot = { lotNumber: lotNumber.trim(), expiresAt: expiryOf(expiryDay) ?? new Date(Number.NaN) };
      const parsed =
        kind === "restock" ? restockInput.safeParse({ ...base, ...lot }) : writeOffInput.safeParse({ ...base, kind });
      if (!parsed.success) {
        const issues = firstIssuePerField(parsed.error.issues);
        if (issues.quantity) local.quantity = amount === null ? "Enter a whole number of packs." : issues.quantity;
        if (issues.note) local.note = issues.note;
        if (issues.lotNumber) local.lotNumber = issues.lotNumber;
        if (issues.expiresAt) local.expiresAt = expiryOf(expiryDay) ? issues.expiresAt : "Enter the expiry date printed on the pack.";
      }
      call = () => (kind === "restock" ? restock.mutateAsync({ ...base, ...lot }) : writeOff.mutateAsync({ ...base, kind }));
    }
    if (!local.quantity && preview !== null && preview < 0) {
      local.quantity = `Only ${count.format(stock)} in stock: this would take stock below zero.`;
    }
    setErrors(local);
    const firstBad = (["quantity", "lotNumber", "expiresAt", "note"] as const).find((f) => local[f]);
    if (firstBad) {
      document.getElementById(`stock-${firstBad}`)?.focus();
      return;
    }

    try {
      const done = await call();
      setResult(done);
      setQuantity("");
      setNote("");
      setLotNumber("");
      setExpiryDay("");
      await Promise.all([
        queryClient.invalidateQueries(trpc.inventory.movements.pathFilter()),
        queryClient.invalidateQueries(trpc.listing.history.pathFilter()),
        // The Lots section (a restock may create a lot, a write-off empties one).
        queryClient.invalidateQueries(trpc.batch.pathFilter()),
      ]);
      router.refresh();
    } catch (e) {
      const p = describeProblem(e);
      setProblem(p.message);
      if (p.fieldErrors.delta || p.fieldErrors.quantity) setErrors({ quantity: p.fieldErrors.delta ?? p.fieldErrors.quantity });
      if (p.fieldErrors.note) setErrors((prev) => ({ ...prev, note: p.fieldErrors.note }));
      // The stock may have moved meanwhile (orders): show the current figure.
      if (p.code === "CONFLICT") router.refresh();
    }
  }

  const current = KINDS.find((k) => k.value === kind) ?? KINDS[0]!;
  return (
    <section className="hl-card hl-stack" aria-labelledby="stock-heading">
      <div className="hl-row hl-row--between">
        <h2 id="stock-heading" className="console-section-title">
          Stock
        </h2>
        {stock <= 0 ? <Badge tone="danger">Out of stock</Badge> : low ? <Badge tone="warning">Low stock</Badge> : <Badge tone="success">In stock</Badge>}
      </div>
      <p className="stock-figure" aria-live="polite">
        <span className="stock-figure__value" data-testid="current-stock">
          {count.format(stock)}
        </span>{" "}
        <span className="hl-muted">
          on hand in all lots · low at {count.format(lowStockThreshold)} or fewer · what sells is shown per lot under Lots
        </span>
      </p>

      {result ? (
        <Alert tone="success" title="Stock updated">
          {STOCK_REASON_LABEL[result.reason] ?? result.reason} {formatDelta(result.delta)}: stock is now{" "}
          {count.format(result.stockAfter)} (was {count.format(result.stockBefore)}).
        </Alert>
      ) : null}
      {problem ? (
        <Alert tone="danger" title="Stock was not changed">
          {problem}
        </Alert>
      ) : null}

      {canEdit ? (
        <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Change stock">
          <fieldset className="stock-kinds">
            <legend className="hl-field__label">Kind of change</legend>
            {KINDS.map((k) => (
              <label key={k.value} className="stock-kinds__option">
                <input
                  type="radio"
                  name="kind"
                  value={k.value}
                  checked={kind === k.value}
                  onChange={() => {
                    setKind(k.value);
                    setErrors({});
                  }}
                />
                {k.label}
              </label>
            ))}
            <p className="hl-field__hint">{current.hint}</p>
          </fieldset>
          <TextField
            id="stock-quantity"
            label={kind === "correction" ? "Adjust by (+ or −)" : "Quantity"}
            inputMode={kind === "correction" ? "text" : "numeric"}
            autoComplete="off"
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            placeholder={kind === "correction" ? "-3 or +5" : "10"}
            error={errors.quantity}
            hint={
              preview === null
                ? "Packs."
                : preview < 0
                  ? `Would leave ${count.format(preview)}: not possible.`
                  : `Stock after this change: ${count.format(preview)}.`
            }
          />
          {kind === "restock" ? (
            <div className="hl-row">
              <TextField
                id="stock-lotNumber"
                label="Lot number"
                autoComplete="off"
                value={lotNumber}
                maxLength={40}
                onChange={(event) => setLotNumber(event.target.value)}
                placeholder="e.g. B23-0417"
                error={errors.lotNumber}
                hint="As printed on the pack."
              />
              <TextField
                id="stock-expiresAt"
                label="Expiry date"
                type="date"
                value={expiryDay}
                onChange={(event) => setExpiryDay(event.target.value)}
                error={errors.expiresAt}
                hint="Not sold after the end of this day (UTC)."
              />
            </div>
          ) : null}
          <TextField
            id="stock-note"
            label={kind === "correction" ? "Note (required)" : "Note"}
            value={note}
            maxLength={500}
            onChange={(event) => setNote(event.target.value)}
            placeholder={kind === "correction" ? "Counted 3 fewer at the shelf check" : "Optional, e.g. supplier invoice no."}
            error={errors.note}
          />
          <div>
            <Button type="submit" variant={kind === "damage" || kind === "expiry" ? "danger" : "primary"} loading={pending}>
              {SUBMIT_LABEL[kind]}
            </Button>
          </div>
        </form>
      ) : (
        <p className="hl-small hl-muted">Only the seller who owns this listing can change its stock.</p>
      )}
    </section>
  );
}
