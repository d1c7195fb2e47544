"use client";

import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState } from "@healio/ui";
import { LoadMore, combinePages } from "@healio/client/lists";
import type { MedicineListInput } from "@healio/api/medicine/medicine.schema";
import { useTRPC } from "@healio/client/trpc";
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
  const more = useQueries({
    queries: cursors.map((cursor) => trpc.medicine.list.queryOptions({ ...input, cursor })),
  });
  const pages = combinePages(initialPage, more);
  const items = pages.items;

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
      <LoadMore
        pages={pages}
        noun="medicines"
        endMessage="You have reached the end of the list."
        onMore={(cursor) => setCursors((prev) => [...prev, cursor])}
      />
    </div>
  );
}
