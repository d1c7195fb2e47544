"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Button } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { recallCloseInput } from "@healio/api/recall/recall.schema";
import { describeProblem, firstIssuePerField } from "../catalogue/problems";

/** Records that the recall was worked through; the lot stays recalled. */
export function CloseRecallForm({ recallId }: { recallId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const close = useMutation(trpc.recall.close.mutationOptions());
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const parsed = recallCloseInput.safeParse({ id: recallId, note });
    if (!parsed.success) {
      setError(firstIssuePerField(parsed.error.issues).note ?? "Check the note.");
      document.getElementById("close-note")?.focus();
      return;
    }
    setError(null);
    try {
      await close.mutateAsync(parsed.data);
      router.refresh();
    } catch (e) {
      setProblem(describeProblem(e).message);
    }
  }

  return (
    <form className="hl-card hl-form" noValidate onSubmit={onSubmit} aria-label="Close the recall">
      <h2 className="console-section-title">Close the recall</h2>
      <p className="hl-small">
        Close it once packs are collected and customers contacted. Closing is recorded in the audit log; the lot stays
        recalled and is never sold again.
      </p>
      {problem ? (
        <Alert tone="danger" title="The recall was not closed">
          {problem}
        </Alert>
      ) : null}
      <div className="hl-field">
        <label className="hl-field__label" htmlFor="close-note">
          How was it completed?
        </label>
        <textarea
          id="close-note"
          className="hl-input"
          rows={3}
          maxLength={1000}
          value={note}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "close-note-error" : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
        {error ? (
          <p id="close-note-error" className="hl-field__error">
            {error}
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" loading={close.isPending}>
          Close recall
        </Button>
      </div>
    </form>
  );
}
