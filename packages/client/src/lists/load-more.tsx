"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
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
 * inputs refuse): the first page (usually rendered on the server) plus one query per followed
 * cursor, concatenated.
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

export interface LoadMoreProps {
  pages: CombinedPages<unknown>;
  onMore: (cursor: string) => void;
  /** "medicines", "orders"...: for the live count, the error and the end-of-list text. */
  noun: string;
  /** Shown once everything is loaded; defaults to "That is all the {noun}."; null shows nothing. */
  endMessage?: ReactNode;
}

/** The footer of a "Load more" list: live count, error with retry, the button, or the end. */
export function LoadMore({ pages, onMore, noun, endMessage }: LoadMoreProps) {
  const cursor = pages.nextCursor;
  let footer: ReactNode = null;
  if (pages.failed) {
    footer = (
      <Alert tone="danger" title={`Could not load more ${noun}`}>
        <Button variant="secondary" size="sm" onClick={pages.retry}>
          Try again
        </Button>
      </Alert>
    );
  } else if (cursor || pages.loadingMore) {
    footer = (
      <div className="load-more">
        <Button variant="secondary" loading={pages.loadingMore} onClick={() => cursor && onMore(cursor)}>
          {pages.loadingMore ? "Loading more…" : "Load more"}
        </Button>
      </div>
    );
  } else if (pages.items.length > 0 && endMessage !== null) {
    footer = <p className="hl-small hl-muted load-more">{endMessage ?? `That is all the ${noun}.`}</p>;
  }
  return (
    <>
      <p className="hl-visually-hidden" aria-live="polite">
        Showing {pages.items.length} {noun}
      </p>
      {footer}
    </>
  );
}
