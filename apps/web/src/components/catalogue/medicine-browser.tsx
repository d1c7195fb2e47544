"use client";

import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button, EmptyState } from "@healio/ui";
import type { MedicineListInput } from "@healio/api/medicine/medicine.schema";
import { useTRPC } from "@/trpc/client";
import type { MedicineListPage } from "@/trpc/types";
import { MedicineCard } from "../medicine-card";

export interface MedicineBrowserProps {
  /** First page, rendered on the server with the same input. */
  initialPage: MedicineListPage;
  /** medicine.list input of the first page (from the URL, through the API's query mapper). */
  input: NonNullable<MedicineListInput>;
}

/**
 * The catalogue grid with "Load more". The first page arrives from the server; each further page
 * is its own cached query keyed by its cursor. (Not useInfiniteQuery: it adds a `direction` field
 * to the input, which the strict list input rejects.) The parent keys this component by the
 * input, so changing a filter starts over.
 */
export function MedicineBrowser({ initialPage, input }: MedicineBrowserProps) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const pages = useQueries({
    queries: cursors.map((cursor) => trpc.medicine.list.queryOptions({ ...input, cursor })),
  });

  const loaded = [initialPage, ...pages.flatMap((p) => (p.data ? [p.data] : []))];
  const items = loaded.flatMap((p) => p.items);
  const last = pages.at(-1);
  const loading = last?.isPending ?? false;
  const nextCursor = loading || last?.isError ? null : (loaded.at(-1)?.nextCursor ?? null);

  if (items.length === 0) {
    return (
      <EmptyState
        title={input.search ? `No medicines match “${input.search}”` : "No medicines match these filters"}
        description="Check the spelling, try a different search term, remove a filter or browse another category."
      />
    );
  }

  return (
    <div className="hl-stack">
      <ul className="hl-grid medicine-grid" aria-label="Medicines">
        {items.map((medicine) => (
          <MedicineCard key={medicine.id} medicine={medicine} />
        ))}
      </ul>
      <p className="hl-visually-hidden" aria-live="polite">
        Showing {items.length} medicines
      </p>
      {last?.isError ? (
        <Alert tone="danger" title="Could not load more medicines">
          <Button variant="secondary" size="sm" onClick={() => void last.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {nextCursor || loading ? (
        <div className="load-more">
          <Button
            variant="secondary"
            loading={loading}
            onClick={() => {
              if (nextCursor) setCursors((prev) => [...prev, nextCursor]);
            }}
          >
            {loading ? "Loading more…" : "Load more"}
          </Button>
        </div>
      ) : last?.isError ? null : (
        <p className="hl-muted hl-small load-more">You have reached the end of the list.</p>
      )}
    </div>
  );
}
