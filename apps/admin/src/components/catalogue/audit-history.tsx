"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button, EmptyState, LoadingState } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { auditChanges, auditNote, auditTitle } from "./audit-format";
import { LocalDateTime } from "@healio/client/dates";
import { LoadMore, combinePages } from "@healio/client/lists";

const PAGE_SIZE = 20;

/** The listing's audit trail: who changed what (before → after) and when, newest first. */
export function AuditHistory({ medicineId }: { medicineId: string }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  // Always fresh on mount: edits and stock changes elsewhere add entries.
  const first = useQuery({ ...trpc.listing.history.queryOptions({ id: medicineId, limit: PAGE_SIZE }), staleTime: 0 });
  const more = useQueries({
    queries: cursors.map((cursor) => trpc.listing.history.queryOptions({ id: medicineId, limit: PAGE_SIZE, cursor })),
  });
  const pages = combinePages(first.data, more);

  return (
    <section className="hl-stack" aria-labelledby="history-heading">
      <h2 id="history-heading" className="console-section-title">
        History
      </h2>
      {first.isPending ? (
        <LoadingState label="Loading history…" />
      ) : first.isError ? (
        <Alert tone="danger" title="Could not load the history">
          <Button variant="secondary" size="sm" onClick={() => void first.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : pages.items.length === 0 ? (
        <EmptyState title="No history yet" />
      ) : (
        <>
          <ol className="audit-list" aria-label="Audit history, newest first">
            {pages.items.map((entry) => {
              const changes = auditChanges(entry.action, entry.before, entry.after);
              const note = auditNote(entry.after);
              return (
                <li key={entry.id} className="audit-entry hl-card">
                  <div className="audit-entry__head">
                    <strong>{auditTitle(entry.action, entry.after)}</strong>
                    <span className="hl-small hl-muted">
                      {entry.actor?.name ?? "System"} · <LocalDateTime value={entry.createdAt} />
                    </span>
                  </div>
                  {changes.length > 0 ? (
                    <dl className="audit-entry__changes">
                      {changes.map((change) => (
                        <div key={change.key} className="audit-entry__change">
                          <dt>{change.label}</dt>
                          <dd>
                            {change.before !== null ? (
                              <>
                                <del className="audit-entry__before">{change.before}</del>
                                <span aria-hidden="true"> → </span>
                                <span className="hl-visually-hidden"> changed to </span>
                              </>
                            ) : null}
                            <ins className="audit-entry__after">{change.after}</ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                  {note ? <p className="hl-small audit-entry__note">Note: {note}</p> : null}
                </li>
              );
            })}
          </ol>
          <LoadMore pages={pages} noun="history entries" onMore={(cursor) => setCursors((prev) => [...prev, cursor])} />
        </>
      )}
    </section>
  );
}
