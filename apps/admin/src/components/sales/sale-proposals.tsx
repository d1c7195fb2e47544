"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert, EmptyState, LoadingState } from "@healio/ui";
import { apiErrorMessage } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { SaleItemsTable } from "./sale-items-table";

/** Admins: sellers' proposals across events, oldest first, to approve or decline. */
export function SaleProposals() {
  const trpc = useTRPC();
  const proposals = useQuery(trpc.sale.proposals.queryOptions());
  if (proposals.isPending) return <LoadingState label="Loading proposals…" />;
  if (proposals.isError) return <Alert tone="danger" title="Could not load the proposals">{apiErrorMessage(proposals.error)}</Alert>;
  if (proposals.data.length === 0) return <EmptyState title="No proposals waiting" description="Sellers' proposals for upcoming and live sales appear here." />;
  return <SaleItemsTable items={proposals.data} view="proposals" caption="Proposals waiting for a decision" />;
}
