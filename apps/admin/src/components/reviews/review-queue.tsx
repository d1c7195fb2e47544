"use client";

import { useMutation, useQueries, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Alert, Badge, Button, Card, EmptyState, LoadingState } from "@healio/ui";
import { LocalDateTime } from "@healio/client/dates";
import { apiErrorMessage } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import type { RouterOutputs } from "@/trpc/types";

type Review = RouterOutputs["review"]["sellerQueue"]["items"][number];
type Mode = "seller" | "admin";
const PAGE = 20;

function ReplyForm({ review, onDone }: { review: Review; onDone: () => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [body, setBody] = useState("");
  const reply = useMutation(trpc.review.reply.mutationOptions({ onSuccess: onDone }));
  return (
    <form
      className="hl-stack hl-stack--sm"
      onSubmit={(e) => {
        e.preventDefault();
        reply.mutate({ reviewId: review.id, body });
      }}
    >
      <div className="hl-field">
        <label className="hl-field__label" htmlFor={`${id}-reply`}>
          Public reply (one per review, cannot be edited)
        </label>
        <textarea id={`${id}-reply`} className="hl-input hl-textarea" rows={3} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} required />
      </div>
      {reply.error ? <Alert tone="danger">{apiErrorMessage(reply.error)}</Alert> : null}
      <div>
        <Button type="submit" size="sm" loading={reply.isPending} disabled={body.trim().length === 0}>
          Post reply
        </Button>
      </div>
    </form>
  );
}

function ModerateForm({ review, onDone }: { review: Review; onDone: () => void }) {
  const trpc = useTRPC();
  const id = useId();
  const [reason, setReason] = useState("");
  const hide = !review.hidden;
  const moderate = useMutation(trpc.review.moderate.mutationOptions({ onSuccess: onDone }));
  return (
    <form
      className="hl-row"
      onSubmit={(e) => {
        e.preventDefault();
        moderate.mutate({ reviewId: review.id, hidden: hide, reason });
      }}
    >
      <label className="hl-field__label" htmlFor={`${id}-reason`}>
        Reason
      </label>
      <input id={`${id}-reason`} className="hl-input" style={{ maxWidth: "20rem" }} minLength={3} maxLength={500} required value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button type="submit" size="sm" variant={hide ? "danger" : "secondary"} loading={moderate.isPending}>
        {hide ? "Hide review" : "Restore review"}
      </Button>
      {moderate.error ? <span className="hl-field__error">{apiErrorMessage(moderate.error)}</span> : null}
    </form>
  );
}

/**
 * Sellers: reviews of their medicines, with a one-time public reply. Admins: every review, hide or
 * restore with a reason (audited; hidden reviews leave the storefront and the rating).
 */
export function ReviewQueue({ mode }: { mode: Mode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<string>(mode === "seller" ? "unanswered" : "all");
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const input = (cursor?: string) =>
    mode === "seller"
      ? { unanswered: filter === "unanswered", limit: PAGE, ...(cursor ? { cursor } : {}) }
      : { visibility: filter as "all" | "visible" | "hidden", limit: PAGE, ...(cursor ? { cursor } : {}) };
  const pages = useQueries({
    queries: cursors.map((c) => (mode === "seller" ? trpc.review.sellerQueue.queryOptions(input(c)) : trpc.review.adminQueue.queryOptions(input(c)))),
  });
  const items = pages.flatMap((p) => p.data?.items ?? []);
  const first = pages[0];
  const last = pages.at(-1);
  const next = last?.data?.nextCursor ?? null;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() });
  const options = mode === "seller" ? [["unanswered", "Waiting for a reply"], ["all", "All reviews"]] : [["all", "All"], ["visible", "Visible"], ["hidden", "Hidden"]];

  return (
    <div className="hl-stack">
      <label className="hl-row hl-small">
        Show
        <select className="hl-input" style={{ width: "auto" }} value={filter} onChange={(e) => { setFilter(e.target.value); setCursors([undefined]); }}>
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {first?.isPending ? <LoadingState label="Loading reviews…" /> : null}
      {first?.isError ? <Alert tone="danger">{apiErrorMessage(first.error)}</Alert> : null}
      {first?.data && items.length === 0 ? <EmptyState title="No reviews here" description={mode === "seller" ? "Reviews of your medicines appear here when customers write them." : "Nothing matches this filter."} /> : null}
      <ul className="hl-stack" style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label="Reviews">
        {items.map((r) => (
          <Card as="li" padded key={r.id} className="hl-stack hl-stack--sm">
            <div className="hl-row hl-row--between">
              <strong>
                <span aria-hidden="true">{"★".repeat(r.rating)}{"☆".repeat(5 - r.rating)}</span>
                <span className="hl-visually-hidden">{r.rating} out of 5 stars</span> {r.title}
              </strong>
              {r.hidden ? <Badge tone="warning">Hidden: {r.hidden.reason}</Badge> : <Badge tone="success">Visible</Badge>}
            </div>
            <p className="hl-small hl-muted" style={{ margin: 0 }}>
              {r.medicine.name} · {r.author} · <LocalDateTime value={r.createdAt} /> · {r.helpfulCount} helpful
            </p>
            {r.body ? <p style={{ margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{r.body}</p> : null}
            {r.reply ? (
              <blockquote style={{ margin: 0, paddingLeft: "0.75rem", borderLeft: "3px solid #93c5fd", whiteSpace: "pre-wrap" }}>
                <strong>Reply from {r.reply.storeName}:</strong> {r.reply.body}
              </blockquote>
            ) : mode === "seller" ? (
              <ReplyForm review={r} onDone={refresh} />
            ) : null}
            {mode === "admin" ? <ModerateForm review={r} onDone={refresh} /> : null}
          </Card>
        ))}
      </ul>
      {last && last !== first && last.isError ? <Alert tone="danger">{apiErrorMessage(last.error)}</Alert> : null}
      {next ? (
        <div className="console-load-more">
          <Button variant="secondary" loading={last?.isPending} onClick={() => setCursors([...cursors, next])}>
            Load more
          </Button>
        </div>
      ) : null}
    </div>
  );
}
