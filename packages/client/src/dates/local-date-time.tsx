"use client";

import { useSyncExternalStore } from "react";
import { formatDateTime } from "@healio/ui";

const noop = () => () => {};
const utc = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * A date and time in the reader's own time zone. The server does not know that zone, so the
 * server render (and hydration) shows UTC, labelled as such; the browser then switches to local
 * time without a hydration mismatch.
 */
export function LocalDateTime({ value }: { value: Date | string }) {
  const date = value instanceof Date ? value : new Date(value);
  const inBrowser = useSyncExternalStore(noop, () => true, () => false);
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()}>
      {inBrowser ? formatDateTime(date) : `${utc.format(date)} UTC`}
    </time>
  );
}
