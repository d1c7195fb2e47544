"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { PrescriptionView } from "@healio/api";
import { Alert, Badge, Button, TextField, formatDate, formatDateTime } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { apiErrorInfo } from "@healio/client/api-error";

const STATUS_TONE = { PENDING: "warning", APPROVED: "success", REJECTED: "danger" } as const;
const STATUS_LABEL = { PENDING: "Waiting for review", APPROVED: "Approved", REJECTED: "Rejected" } as const;

const today = () => new Date().toISOString().slice(0, 10);
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

/**
 * The prescription beside the order: the file (image preview, or the PDF to download) and, while
 * the order waits, the pharmacist's decision. Approve records prescriber, dates and refills and
 * places the order; reject cancels it (stock goes back) and e-mails the customer the reason.
 */
export function PrescriptionPanel({
  orderId,
  orderNumber,
  awaiting,
  prescription,
}: {
  orderId: string;
  orderNumber: string;
  awaiting: boolean;
  prescription: PrescriptionView;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<"approve" | "reject">("approve");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const fileUrl = `/api/prescriptions/${encodeURIComponent(prescription.id)}`;

  const review = useMutation(
    trpc.prescription.review.mutationOptions({
      onSuccess: (order) => {
        setMessage({
          ok: true,
          text: order.status === "PLACED" ? `Prescription approved: order ${orderNumber} is placed.` : `Order ${orderNumber} was cancelled and the customer told why.`,
        });
        router.refresh();
      },
      onError: (error) => {
        const info = apiErrorInfo(error);
        const field = typeof info.details.field === "string" ? info.details.field : undefined;
        const fe = info.fieldErrors;
        setErrors({
          prescriberName: fe.prescriberName?.[0],
          issuedOn: fe.issuedOn?.[0] ?? (field === "issuedOn" ? info.message : undefined),
          expiresOn: fe.expiresOn?.[0] ?? (field === "expiresOn" ? info.message : undefined),
          refillsAllowed: fe.refillsAllowed?.[0],
          reason: fe.reason?.[0],
        });
        setMessage({ ok: false, text: info.message });
        if (info.code === "CONFLICT" || info.code === "NOT_FOUND") router.refresh();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    setErrors({});
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    if (mode === "approve") {
      const refills = Number(text("refillsAllowed"));
      review.mutate({
        orderId,
        decision: "approve",
        prescriberName: text("prescriberName"),
        issuedOn: text("issuedOn"),
        expiresOn: text("expiresOn"),
        refillsAllowed: Number.isFinite(refills) ? refills : -1,
      });
    } else {
      review.mutate({ orderId, decision: "reject", reason: text("reason") });
    }
  }

  const isImage = prescription.contentType.startsWith("image/");

  return (
    <div className="hl-stack">
      <div className="rx-file">
        {isImage ? (
          <img src={fileUrl} alt={`Prescription uploaded by the customer (${prescription.fileName})`} />
        ) : null}
        <p style={{ margin: 0 }}>
          <a href={fileUrl} download>
            Download {prescription.fileName}
          </a>{" "}
          <span className="hl-muted hl-small">
            ({prescription.contentType === "application/pdf" ? "PDF" : prescription.contentType.replace("image/", "").toUpperCase()}, {kb(prescription.sizeBytes)}, uploaded{" "}
            {formatDateTime(prescription.createdAt)})
          </span>
        </p>
      </div>

      <dl className="rx-facts">
        <dt>Status</dt>
        <dd>
          <Badge tone={STATUS_TONE[prescription.status]}>{STATUS_LABEL[prescription.status]}</Badge>
        </dd>
        {prescription.medicines.length > 0 ? (
          <>
            <dt>Covers</dt>
            <dd>{prescription.medicines.map((m) => m.label).join(", ")}</dd>
          </>
        ) : null}
        {prescription.status === "APPROVED" ? (
          <>
            <dt>Prescriber</dt>
            <dd>{prescription.prescriberName}</dd>
            <dt>Valid</dt>
            <dd>
              {prescription.issuedAt ? formatDate(prescription.issuedAt) : "—"} to {prescription.expiresAt ? formatDate(prescription.expiresAt) : "—"}
            </dd>
            <dt>Uses</dt>
            <dd>
              {prescription.usesCount} of {1 + (prescription.refillsAllowed ?? 0)} ({prescription.refillsAllowed} {prescription.refillsAllowed === 1 ? "refill" : "refills"})
            </dd>
          </>
        ) : null}
        {prescription.status === "REJECTED" ? (
          <>
            <dt>Reason</dt>
            <dd>{prescription.rejectionReason}</dd>
          </>
        ) : null}
      </dl>

      {message ? <Alert tone={message.ok ? "success" : "danger"}>{message.text}</Alert> : null}

      {awaiting ? (
        <form noValidate onSubmit={submit} aria-label="Prescription review" className="hl-stack">
          <fieldset className="order-tabs" style={{ border: 0, padding: 0 }}>
            <legend className="hl-visually-hidden">Decision</legend>
            <label className="check-row">
              <input type="radio" name="decision" value="approve" checked={mode === "approve"} onChange={() => setMode("approve")} /> Approve
            </label>
            <label className="check-row">
              <input type="radio" name="decision" value="reject" checked={mode === "reject"} onChange={() => setMode("reject")} /> Reject
            </label>
          </fieldset>
          {mode === "approve" ? (
            <div className="rx-review">
              <TextField containerClassName="rx-review__wide" label="Prescriber" name="prescriberName" required maxLength={120} error={errors.prescriberName} />
              <TextField label="Issued on" name="issuedOn" type="date" required max={today()} error={errors.issuedOn} />
              <TextField label="Valid until" name="expiresOn" type="date" required min={today()} error={errors.expiresOn} />
              <TextField label="Refills allowed" name="refillsAllowed" type="number" min={0} max={12} defaultValue="0" required error={errors.refillsAllowed} hint="Later orders of the same medicine may reuse it this many times." />
              <div className="rx-review__actions">
                <Button type="submit" loading={review.isPending}>
                  Approve and place order
                </Button>
              </div>
            </div>
          ) : (
            <div className="rx-review">
              <TextField containerClassName="rx-review__wide" label="Reason for the customer" name="reason" required maxLength={500} error={errors.reason} hint="Sent to the customer by e-mail. The order is cancelled and its items go back into stock." />
              <div className="rx-review__actions">
                <Button type="submit" variant="danger" loading={review.isPending}>
                  Reject and cancel order
                </Button>
              </div>
            </div>
          )}
        </form>
      ) : null}
    </div>
  );
}
