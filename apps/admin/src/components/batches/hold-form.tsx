"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Button, TextField } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { batchQuarantineInput } from "@healio/api/batch/batch.schema";
import { describeProblem, firstIssuePerField } from "../catalogue/problems";

/** Quarantine a lot (held back from sale at once) or release it, with a note for the audit log. */
export function HoldForm({ batchId, lotNumber, quarantine, onDone }: { batchId: string; lotNumber: string; quarantine: boolean; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hold = useMutation(trpc.batch.quarantine.mutationOptions());
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const verb = quarantine ? "Quarantine" : "Release";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const parsed = batchQuarantineInput.safeParse({ batchId, quarantine, note });
    if (!parsed.success) {
      setError(firstIssuePerField(parsed.error.issues).note ?? "Check the note.");
      return;
    }
    setError(undefined);
    try {
      await hold.mutateAsync(parsed.data);
      await queryClient.invalidateQueries(trpc.batch.pathFilter());
      onDone();
    } catch (e) {
      setProblem(describeProblem(e).message);
    }
  }

  return (
    <form className="hl-card hl-form" noValidate onSubmit={onSubmit} aria-label={`${verb} lot ${lotNumber}`}>
      <p className="hl-small">
        {quarantine
          ? `Lot ${lotNumber} stops selling at once and stays on hand until you release it.`
          : `Lot ${lotNumber} goes back on sale (until it expires).`}
      </p>
      {problem ? (
        <Alert tone="danger" title="Nothing was changed">
          {problem}
        </Alert>
      ) : null}
      <TextField id={`hold-note-${batchId}`} label="Why (for the audit log)" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} error={error} />
      <div className="hl-row">
        <Button type="submit" variant={quarantine ? "danger" : "primary"} loading={hold.isPending}>
          {verb} lot {lotNumber}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
