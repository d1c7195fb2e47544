"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { PrescriptionView } from "@healio/api";
import { Alert, Badge, Button, Card, formatDate } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = "image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf";

type UploadState =
  | { kind: "idle" }
  | { kind: "uploading"; name: string }
  | { kind: "done"; prescription: PrescriptionView }
  | { kind: "error"; message: string };

/**
 * The prescription step of a checkout with prescription-only medicine: pick an approved
 * prescription that is still valid, or upload a photo / PDF. The server decides the file type from
 * its bytes and checks coverage, expiry and refills when the order is placed; a fresh upload makes
 * the order wait for the pharmacist.
 */
export function PrescriptionStep({
  rxNames,
  value,
  onChange,
  error,
}: {
  rxNames: string[];
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const reusable = useQuery(trpc.prescription.mine.queryOptions({ reusableOnly: true }));
  const [upload, setUpload] = useState<UploadState>({ kind: "idle" });

  async function send(file: File) {
    if (file.size > MAX_BYTES) {
      setUpload({ kind: "error", message: "The file is larger than 10 MB. Upload a smaller photo or PDF." });
      onChange(null);
      return;
    }
    setUpload({ kind: "uploading", name: file.name });
    try {
      const res = await fetch("/api/prescriptions", {
        method: "POST",
        headers: { "x-file-name": encodeURIComponent(file.name) },
        body: file,
      });
      const body = (await res.json().catch(() => null)) as (PrescriptionView & { error?: { message?: string } }) | null;
      if (!res.ok || !body || body.error) {
        setUpload({ kind: "error", message: body?.error?.message ?? "The upload failed. Please try again." });
        onChange(null);
        return;
      }
      setUpload({ kind: "done", prescription: body });
      onChange(body.id);
      void queryClient.invalidateQueries({ queryKey: trpc.prescription.mine.queryKey() });
    } catch {
      setUpload({ kind: "error", message: "We could not reach Healio. Check your connection and try again." });
      onChange(null);
    }
  }

  const options = reusable.data ?? [];
  const uploadedId = upload.kind === "done" ? upload.prescription.id : null;

  return (
    <Card as="section" className="checkout-section" aria-labelledby="rx-heading">
      <h2 id="rx-heading">Prescription</h2>
      <p className="hl-small" style={{ margin: 0 }}>
        {rxNames.join(", ")} {rxNames.length > 1 ? "are" : "is"} prescription-only. A pharmacist checks your prescription before
        the order is prepared; you are not charged if it is not accepted.
      </p>

      {options.length > 0 ? (
        <fieldset className="checkout-fieldset">
          <legend className="hl-small" style={{ fontWeight: 600 }}>
            Use an approved prescription
          </legend>
          <ul className="choice-list">
            {options.map((p) => (
              <li key={p.id}>
                <label className="choice">
                  <input type="radio" name="prescriptionId" value={p.id} checked={value === p.id} onChange={() => onChange(p.id)} />
                  <span className="choice__text">
                    <strong>
                      {p.medicines.map((m) => m.label).join(", ") || p.fileName} <Badge tone="success">Approved</Badge>
                    </strong>
                    <span>
                      {p.prescriberName ? `${p.prescriberName} · ` : ""}valid until {p.expiresAt ? formatDate(p.expiresAt) : "—"} ·{" "}
                      {p.usesLeft === 1 ? "1 use left" : `${p.usesLeft ?? 0} uses left`}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      <div className="hl-stack hl-stack--sm">
        <label htmlFor={inputId} className="hl-field__label">
          {options.length > 0 ? "Or upload a new prescription" : "Upload your prescription"}
        </label>
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void send(file);
          }}
        />
        <p id={`${inputId}-hint`} className="hl-small hl-muted" style={{ margin: 0 }}>
          A photo (JPEG or PNG) or a PDF, at most 10 MB.
        </p>
        <div aria-live="polite">
          {upload.kind === "uploading" ? <p className="hl-small">Uploading {upload.name}…</p> : null}
          {upload.kind === "done" ? (
            <label className="choice">
              <input type="radio" name="prescriptionId" value={upload.prescription.id} checked={value === uploadedId} onChange={() => onChange(uploadedId)} />
              <span className="choice__text">
                <strong>
                  {upload.prescription.fileName} <Badge tone="info">Uploaded</Badge>
                </strong>
                <span>A pharmacist checks it after you place the order.</span>
              </span>
            </label>
          ) : null}
          {upload.kind === "error" ? <Alert tone="danger">{upload.message}</Alert> : null}
        </div>
        {upload.kind === "done" || upload.kind === "error" ? (
          <div>
            <Button type="button" variant="ghost" size="sm" onClick={() => document.getElementById(inputId)?.click()}>
              Choose another file
            </Button>
          </div>
        ) : null}
      </div>
      {error ? (
        <p className="hl-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </Card>
  );
}
