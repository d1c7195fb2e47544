"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert, Button, type ButtonVariant } from "@healio/ui";
import { Dialog } from "@/components/catalogue/dialog";
import { apiErrorInfo } from "@healio/client/api-error";

export interface ConfirmActionProps {
  /** Button label, e.g. "Block". */
  label: string;
  title: string;
  description: string;
  variant?: ButtonVariant;
  /** Ask for a reason (required, 3..500 characters) that goes into the record and the mail. */
  withReason?: boolean;
  /** Runs the mutation; the page re-renders from the server afterwards. */
  run: (reason: string) => Promise<unknown>;
  /** Said after success, e.g. "Blocked: all sessions revoked." */
  done: string;
}

/**
 * An admin action that changes someone's access: a dialog that states the consequence, asks for
 * the reason when the record needs one, shows the server's refusal in words, and refreshes.
 */
export function ConfirmAction({ label, title, description, variant = "secondary", withReason = false, run, done }: ConfirmActionProps) {
  const router = useRouter();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await run(reason.trim());
      setOpen(false);
      setReason("");
      setSuccess(done);
      router.refresh();
    } catch (e) {
      const info = apiErrorInfo(e);
      setError(info.fieldErrors.reason?.[0] ?? info.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant={variant} size="sm" onClick={() => { setSuccess(null); setOpen(true); }}>
        {label}
      </Button>
      {success ? <span role="status" className="hl-small hl-muted"> {success}</span> : null}
      <Dialog open={open} onClose={() => setOpen(false)} title={title} description={description}>
        <form onSubmit={submit} className="hl-stack">
          {withReason ? (
            <div className="hl-field">
              <label className="hl-field__label" htmlFor={reasonId}>Reason (kept in the audit log)</label>
              <textarea
                id={reasonId}
                className="hl-input"
                rows={3}
                required
                minLength={3}
                maxLength={500}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          ) : null}
          {error ? <Alert tone="danger">{error}</Alert> : null}
          <div className="hl-row">
            <Button type="submit" variant={variant === "danger" ? "danger" : "primary"} loading={busy}>
              {label}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
