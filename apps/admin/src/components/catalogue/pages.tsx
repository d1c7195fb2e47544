"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { Alert, Button } from "@healio/ui";

type Page<T> = { items: T[]; nextCursor: string | null };

export type CombinedPages<T> = {
  items: T[];
  /** Cursor of the next page, null at the end (or while a page is loading). */
  nextCursor: string | null;
  loadingMore: boolean;
  /** The last requested page failed; `retry` asks again. */
  failed: boolean;
  retry: () => void;
};

/**
 * Keyset "load more" without useInfiniteQuery (it adds a `direction` key that the strict list
 * inputs refuse): the first page plus one query per followed cursor, concatenated.
 */
export function combinePages<T, E = unknown>(
  first: Page<T> | undefined,
  more: UseQueryResult<Page<T>, E>[],
): CombinedPages<T> {
  const loaded = [first, ...more.map((q) => q.data)].filter((p): p is Page<T> => p !== undefined);
  const last = more.at(-1);
  const loadingMore = last?.isPending ?? false;
  return {
    items: loaded.flatMap((p) => p.items),
    nextCursor: loadingMore || last?.isError ? null : (loaded.at(-1)?.nextCursor ?? null),
    loadingMore,
    failed: last?.isError ?? false,
    retry: () => void last?.refetch(),
  };
}

export function LoadMore({
  pages,
  onMore,
  noun,
}: {
  pages: CombinedPages<unknown>;
  onMore: (cursor: string) => void;
  /** "medicines", "movements"... for the end-of-list text. */
  noun: string;
}) {
  if (pages.failed) {
    return (
      <Alert tone="danger" title={`Could not load more ${noun}`}>
        <Button variant="secondary" size="sm" onClick={pages.retry}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (pages.nextCursor || pages.loadingMore) {
    const cursor = pages.nextCursor;
    return (
      <div className="console-load-more">
        <Button variant="secondary" loading={pages.loadingMore} onClick={() => cursor && onMore(cursor)}>
          {pages.loadingMore ? "Loading more…" : "Load more"}
        </Button>
      </div>
    );
  }
  return pages.items.length > 0 ? <p className="hl-small hl-muted console-load-more">That is all the {noun}.</p> : null;
}
