"use client";

import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button, EmptyState } from "@healio/ui";
import { useTRPC } from "@/trpc/client";
import type { MedicineSort } from "@healio/api";
import type { MedicineListPage } from "@/trpc/types";
import { MedicineCard } from "./medicine-card";

/** The subset of `medicine.list` filters the storefront exposes. */
export type MedicineListFilters = {
  search?: string;
  categorySlug?: string;
  sort?: MedicineSort;
  prescription?: "rx" | "otc";
  inStock?: boolean;
};

export interface MedicineBrowserProps {
  /** First page, rendered on the server with the same filters. */
  initialPage: MedicineListPage;
  filters: MedicineListFilters;
  pageSize: number;
}

/**
 * The catalogue grid with "Load more". The first page arrives from the server; each further page
 * is its own cached query keyed by its cursor. (Not useInfiniteQuery: it adds a `direction` field
 * to the input, which the strict list input rejects.) The parent keys this component by the
 * filters, so changing them starts over.
 */
export function MedicineBrowser({ initialPage, filters, pageSize }: MedicineBrowserProps) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const pages = useQueries({
    queries: cursors.map((cursor) =>
      trpc.medicine.list.queryOptions({ ...filters, limit: pageSize, cursor }),
    ),
  });

  const loaded = [initialPage, ...pages.flatMap((p) => (p.data ? [p.data] : []))];
  const items = loaded.flatMap((p) => p.items);
  const last = pages.at(-1);
  const loading = last?.isPending ?? false;
  const nextCursor = loading ? null : (loaded.at(-1)?.nextCursor ?? null);

  if (items.length === 0) {
    return (
      <EmptyState
        title={filters.search ? `No medicines match “${filters.search}”` : "No medicines match these filters"}
        description="Try a different search term, remove a filter or browse another category."
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
      ) : (
        <p className="hl-muted hl-small load-more">You have reached the end of the list.</p>
      )}
    </div>
  );
}
