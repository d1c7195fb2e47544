"use client";

import Link from "next/link";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Badge, Button, DateTime, EmptyState } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import type { RouterOutputs } from "@/trpc/types";
import { PERSON_STATE_LABEL, ROLE_NAME } from "./people-labels";

export type PeoplePage = RouterOutputs["people"]["list"];
export type PeopleFilters = {
  query?: string;
  role?: "ADMIN" | "SELLER" | "CUSTOMER";
  state?: "active" | "blocked" | "unverified";
};

/** The people table with "Load more": the first page comes from the server, later ones by cursor. */
export function PeopleTable({ initialPage, filters, pageSize }: { initialPage: PeoplePage; filters: PeopleFilters; pageSize: number }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<string[]>([]);
  const pages = useQueries({
    queries: cursors.map((cursor) => trpc.people.list.queryOptions({ ...filters, cursor, limit: pageSize })),
  });
  const loaded = [initialPage, ...pages.flatMap((p) => (p.data ? [p.data] : []))];
  const people = loaded.flatMap((p) => p.items);
  const last = pages.at(-1);
  const loading = last?.isPending ?? false;
  const nextCursor = loading || last?.isError ? null : (loaded.at(-1)?.nextCursor ?? null);

  if (people.length === 0) {
    return <EmptyState title="Nobody matches" description="Try another name or e-mail, or clear the filters." />;
  }
  return (
    <div className="hl-stack">
      <div className="hl-card hl-table-wrap">
        <table className="order-table">
          <caption className="hl-visually-hidden">People, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col" className="num">Orders</th>
              <th scope="col">Joined</th>
              <th scope="col">Last active</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => {
              const state = PERSON_STATE_LABEL[p.state] ?? { label: p.state, tone: "neutral" as const };
              return (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/people/${p.id}`}>{p.name || "(no name)"}</Link>
                    <div className="hl-muted hl-small">{p.email}</div>
                  </th>
                  <td>{ROLE_NAME[p.role] ?? p.role}</td>
                  <td>
                    <Badge tone={state.tone}>{state.label}</Badge>
                  </td>
                  <td className="num">{p.orderCount}</td>
                  <td>
                    <DateTime value={p.createdAt} />
                  </td>
                  <td>{p.lastActiveAt ? <DateTime value={p.lastActiveAt} withTime /> : <span className="hl-muted">Never</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hl-visually-hidden" aria-live="polite">
        Showing {people.length} people
      </p>
      {last?.isError ? (
        <Alert tone="danger" title="Could not load more people">
          <Button variant="secondary" size="sm" onClick={() => void last.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {nextCursor || loading ? (
        <div className="load-more">
          <Button variant="secondary" loading={loading} onClick={() => nextCursor && setCursors((c) => [...c, nextCursor])}>
            {loading ? "Loading more…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
