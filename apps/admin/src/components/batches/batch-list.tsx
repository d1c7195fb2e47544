"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Button, EmptyState, LoadingState } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { recallCreateInput } from "@healio/api/recall/recall.schema";
import { describeProblem, firstIssuePerField } from "../catalogue/problems";
import { HoldForm } from "./hold-form";
import { ExpiryDate, LotStateBadge } from "./lot-format";

const count = new Intl.NumberFormat("en-US");

/**
 * The lots of one medicine, earliest expiry first, with a Recall action per lot. A recall cannot
 * be undone, so it asks for a reason and a second, explicit confirmation.
 */
export function BatchList({ medicineId, canRecall, canHold }: { medicineId: string; canRecall: boolean; canHold: boolean }) {
  const trpc = useTRPC();
  const lots = useQuery({ ...trpc.batch.list.queryOptions({ medicineId }), staleTime: 0 });
  const [recalling, setRecalling] = useState<string | null>(null);
  const [holding, setHolding] = useState<string | null>(null);

  return (
    <section className="hl-stack" aria-labelledby="lots-heading">
      <h2 id="lots-heading" className="console-section-title">
        Lots
      </h2>
      {lots.isPending ? (
        <LoadingState label="Loading lots…" />
      ) : lots.isError ? (
        <Alert tone="danger" title="Could not load the lots">
          <Button variant="secondary" size="sm" onClick={() => void lots.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : lots.data.length === 0 ? (
        <EmptyState title="No lots yet" description="A restock records a lot with its number and expiry date." />
      ) : (
        <div className="hl-card hl-table-wrap">
          <table className="console-table">
            <caption className="hl-visually-hidden">Lots of this medicine, earliest expiry first</caption>
            <thead>
              <tr>
                <th scope="col">Lot</th>
                <th scope="col">Expires</th>
                <th scope="col" className="console-table__num">
                  Units on hand
                </th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="hl-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lots.data.map((lot) => (
                <tr key={lot.id}>
                  <th scope="row">{lot.lotNumber}</th>
                  <td>
                    <ExpiryDate value={lot.expiresAt} />
                  </td>
                  <td className="console-table__num">{count.format(lot.quantity)}</td>
                  <td>
                    <LotStateBadge state={lot.state} sellable={lot.sellable} />
                  </td>
                  <td>
                    {lot.recall ? (
                      <Link href={`/recalls/${lot.recall.id}`}>Recall {lot.recall.status === "OPEN" ? "(open)" : "(closed)"}</Link>
                    ) : (
                      <span className="hl-row">
                        {canHold && (lot.state === "AVAILABLE" || lot.state === "QUARANTINED") && holding !== lot.id ? (
                          <Button variant="secondary" size="sm" onClick={() => setHolding(lot.id)}>
                            {lot.state === "AVAILABLE" ? "Quarantine…" : "Release…"}
                          </Button>
                        ) : null}
                        {canRecall && recalling !== lot.id ? (
                          <Button variant="danger" size="sm" onClick={() => setRecalling(lot.id)}>
                            Recall lot…
                          </Button>
                        ) : null}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {holding && lots.data
        ? (() => {
            const lot = lots.data.find((l) => l.id === holding);
            return lot ? (
              <HoldForm batchId={lot.id} lotNumber={lot.lotNumber} quarantine={lot.state === "AVAILABLE"} onDone={() => setHolding(null)} />
            ) : null;
          })()
        : null}
      {recalling && lots.data ? (
        <RecallForm
          batchId={recalling}
          lotNumber={lots.data.find((l) => l.id === recalling)?.lotNumber ?? ""}
          onCancel={() => setRecalling(null)}
        />
      ) : null}
    </section>
  );
}

function RecallForm({ batchId, lotNumber, onCancel }: { batchId: string; lotNumber: string; onCancel: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const recall = useMutation(trpc.recall.create.mutationOptions());
  const [reason, setReason] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const parsed = recallCreateInput.safeParse({ batchId, reason });
    if (!parsed.success) {
      setError(firstIssuePerField(parsed.error.issues).reason ?? "Check the reason.");
      document.getElementById("recall-reason")?.focus();
      return;
    }
    setError(null);
    try {
      const { id } = await recall.mutateAsync(parsed.data);
      await queryClient.invalidateQueries(trpc.batch.pathFilter());
      router.push(`/recalls/${id}`);
    } catch (e) {
      setProblem(describeProblem(e).message);
    }
  }

  return (
    <form className="hl-card hl-form" noValidate onSubmit={onSubmit} aria-label={`Recall lot ${lotNumber}`}>
      <h3 className="console-section-title">Recall lot {lotNumber}</h3>
      <p className="hl-small">
        Its units are blocked from sale at once, every customer whose order used this lot is e-mailed, and open orders
        holding it are flagged in the order queue. A recall cannot be undone.
      </p>
      {problem ? (
        <Alert tone="danger" title="The lot was not recalled">
          {problem}
        </Alert>
      ) : null}
      <div className="hl-field">
        <label className="hl-field__label" htmlFor="recall-reason">
          Reason (sent to customers)
        </label>
        <textarea
          id="recall-reason"
          className="hl-input"
          rows={3}
          maxLength={1000}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "recall-reason-error" : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {error ? (
          <p id="recall-reason-error" className="hl-field__error">
            {error}
          </p>
        ) : null}
      </div>
      <label className="hl-row">
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />I understand
        that a recall cannot be undone.
      </label>
      <div className="hl-row">
        <Button type="submit" variant="danger" disabled={!confirmed} loading={recall.isPending}>
          Recall lot {lotNumber}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
