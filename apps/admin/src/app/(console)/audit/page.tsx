import type { Metadata } from "next";
import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { apiEnv } from "@healio/api/env";
import { Alert, PageHeader } from "@healio/ui";
import "@/components/analytics/analytics.css";
import { AuditFilters, type AuditFilterValues } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import type { RouterOutputs } from "@/trpc/types";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

function filtersFrom(params: SearchParams): AuditFilterValues {
  return {
    actor: firstParam(params, "actor", 254),
    entityType: firstParam(params, "entityType", 64),
    entityId: firstParam(params, "entityId", 128),
    action: firstParam(params, "action", 128),
    from: firstParam(params, "from", 10),
    to: firstParam(params, "to", 10),
  };
}

function href(filters: AuditFilterValues, cursor?: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  if (cursor) q.set("cursor", cursor);
  const s = q.toString();
  return s ? `/audit?${s}` : "/audit";
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe();
  if (me.role !== "ADMIN") {
    return me.role === "SELLER" ? (
      <Alert tone="warning" title="Administrators only">
        The audit log is kept for Healio administrators.
      </Alert>
    ) : null;
  }
  const params = await searchParams;
  const filters = filtersFrom(params);
  const cursor = firstParam(params, "cursor", 512);
  const api = await serverApi();
  const facets = await api.auditLog.facets();

  let page: RouterOutputs["auditLog"]["list"] | null = null;
  let problem: string | null = null;
  try {
    page = await api.auditLog.list({ ...filters, ...(cursor ? { cursor } : {}), limit: PAGE_SIZE });
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") throw error;
    problem =
      error.cause instanceof z.ZodError ? [...new Set(error.cause.issues.map((i) => `${i.path.join(".")}: ${i.message}`))].join(". ") : error.message;
  }
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed what, and when. Entries are append-only: nobody can edit or delete them."
      />
      <div className="hl-stack">
        <AuditFilters values={filters} entityTypes={facets.entityTypes} actions={facets.actions} />
        {problem ? (
          <Alert tone="danger" title="These filters cannot be applied">
            {problem}
          </Alert>
        ) : null}
        {page ? <AuditTable entries={page.items} filtered={filtered} timeZone={apiEnv.STORE_TIME_ZONE} /> : null}
        <nav className="audit-pager" aria-label="Audit log pages">
          {cursor ? <Link href={href(filters)}>Newest entries</Link> : null}
          {page?.nextCursor ? <Link href={href(filters, page.nextCursor)}>Older entries →</Link> : null}
        </nav>
      </div>
    </>
  );
}
