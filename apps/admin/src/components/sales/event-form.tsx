"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { Alert, Button, TextField } from "@healio/ui";
import { apiErrorInfo } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { browserTimeZone, fromLocalInput, toLocalInput } from "./local-input";

type Existing = { id: string; name: string; slug: string; description: string; startsAt: Date; endsAt: Date; phase: string };

const noop = () => () => {};

/** Create a sale event (admins), or edit one that has not ended. Times are in the browser's zone. */
export function SaleEventForm({ event }: { event?: Existing }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const zone = useSyncExternalStore(noop, browserTimeZone, () => "");
  const [name, setName] = useState(event?.name ?? "");
  const [slug, setSlug] = useState(event?.slug ?? "");
  const [description, setDescription] = useState(event?.description ?? "");
  const [startsAt, setStartsAt] = useState(event ? toLocalInput(event.startsAt) : "");
  const [endsAt, setEndsAt] = useState(event ? toLocalInput(event.endsAt) : "");
  const [saved, setSaved] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});

  const done = () => void queryClient.invalidateQueries({ queryKey: trpc.sale.pathKey() });
  const create = useMutation(trpc.sale.create.mutationOptions({ onSuccess: (e) => { done(); router.push(`/sales/${e.id}`); } }));
  const update = useMutation(trpc.sale.update.mutationOptions({ onSuccess: () => { done(); setSaved(true); router.refresh(); } }));
  const mutation = event ? update : create;
  const info = mutation.error ? apiErrorInfo(mutation.error) : null;
  const fieldError = (key: string) => local[key] ?? info?.fieldErrors[key]?.[0];
  const live = event?.phase === "live";

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const start = fromLocalInput(startsAt);
    const end = fromLocalInput(endsAt);
    const problems: Record<string, string> = {};
    if (!start) problems.startsAt = "Choose when the sale starts.";
    if (!end) problems.endsAt = "Choose when the sale ends.";
    setLocal(problems);
    if (!start || !end) return;
    if (event) {
      // Only times the admin changed: the inputs hold whole minutes, so resending an untouched
      // value would move a start or end by its seconds (and a live sale's start may not move).
      update.mutate({
        eventId: event.id,
        name,
        description,
        ...(startsAt !== toLocalInput(event.startsAt) ? { startsAt: start } : {}),
        ...(endsAt !== toLocalInput(event.endsAt) ? { endsAt: end } : {}),
      });
    } else {
      create.mutate({ name, slug, description, startsAt: start, endsAt: end });
    }
  }

  return (
    <form className="hl-stack sale-form" onSubmit={submit} noValidate>
      <TextField label="Name" required value={name} onChange={(e) => setName(e.target.value)} minLength={3} maxLength={120} error={fieldError("name")} />
      {event ? null : (
        <TextField
          label="Address"
          required
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          hint={`The sale page: /sales/${slug || "winter-flash-sale"} (lowercase letters, digits and hyphens; cannot change later).`}
          error={fieldError("slug")}
        />
      )}
      <div className="hl-field">
        <label className="hl-field__label" htmlFor="sale-description">
          Description (shown on the sale page)
        </label>
        <textarea id="sale-description" className="hl-input hl-textarea" rows={3} maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <div className="sale-form__times">
        <TextField
          label="Starts"
          type="datetime-local"
          required
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          disabled={live}
          hint={live ? "The sale is live: its start can no longer move." : undefined}
          error={fieldError("startsAt")}
        />
        <TextField label="Ends" type="datetime-local" required value={endsAt} onChange={(e) => setEndsAt(e.target.value)} error={fieldError("endsAt")} />
      </div>
      <p className="hl-small hl-muted">Times are in your time zone{zone ? ` (${zone})` : ""}; prices switch at these instants for every customer.</p>
      {info && Object.keys(info.fieldErrors).length === 0 ? <Alert tone="danger">{info.message}</Alert> : null}
      {saved ? (
        <p role="status" className="hl-small">
          Saved.
        </p>
      ) : null}
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {event ? "Save changes" : "Create sale"}
        </Button>
      </div>
    </form>
  );
}
