import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ANALYTICS_DEFINITIONS } from "@healio/api/analytics/definitions";
import { Alert, PageHeader } from "@healio/ui";
import "@/components/analytics/analytics.css";
import { RangePicker, type RangeValue } from "@/components/analytics/range-picker";
import { RevenueDashboard, type DashboardData } from "@/components/analytics/revenue-dashboard";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Revenue" };
export const dynamic = "force-dynamic";

const PRESETS = ["today", "7d", "30d", "90d", "custom"] as const;
const BASES = ["delivered", "booked"] as const;
type Preset = (typeof PRESETS)[number];
type Basis = (typeof BASES)[number];

function rangeFrom(params: SearchParams): RangeValue & { preset: Preset; basis: Basis } {
  const preset = (PRESETS as readonly string[]).includes(firstParam(params, "range") ?? "") ? (firstParam(params, "range") as Preset) : "30d";
  const basis = (BASES as readonly string[]).includes(firstParam(params, "basis") ?? "") ? (firstParam(params, "basis") as Basis) : "delivered";
  if (preset !== "custom") return { preset, basis };
  return { preset, basis, from: firstParam(params, "from", 10), to: firstParam(params, "to", 10) };
}

/** What to tell the user when the API refuses the range (a custom range the wrong way round, too long, ...). */
function refusal(error: unknown): string | null {
  if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") return null;
  if (error.cause instanceof z.ZodError) return [...new Set(error.cause.issues.map((i) => i.message))].join(". ");
  return error.message;
}

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Anonymous -> /sign-in; customers get the layout's refusal page and no data here.
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  const params = await searchParams;
  const range = rangeFrom(params);
  const sellerParam = me.role === "ADMIN" ? firstParam(params, "seller", 64) : undefined;
  const input = { preset: range.preset, basis: range.basis, ...(range.preset === "custom" ? { from: range.from, to: range.to } : {}) };
  const api = await serverApi();

  let data: DashboardData | null = null;
  let problem: string | null = null;
  try {
    data =
      me.role === "ADMIN" && !sellerParam
        ? await api.analytics.marketplace(input)
        : await api.analytics.seller({ ...input, ...(sellerParam ? { sellerId: sellerParam } : {}) });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    problem = refusal(error);
    if (problem === null) throw error;
  }

  const sellerName = data?.scope.kind === "seller" ? data.scope.storeName : null;
  const title = me.role === "ADMIN" && sellerName ? `Revenue: ${sellerName}` : "Revenue";
  const description =
    me.role === "ADMIN"
      ? sellerName
        ? "One pharmacy's figures, from its own orders only."
        : "Marketplace revenue, live from the order tables."
      : "Your pharmacy's revenue, live from your own orders.";

  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={sellerParam ? <Link href="/analytics">Back to the marketplace</Link> : undefined}
      />
      <div className="hl-stack hl-stack--lg">
        <RangePicker value={range} seller={sellerParam} />
        {problem ? (
          <Alert tone="danger" title="This range cannot be shown">
            {problem}
          </Alert>
        ) : null}
        {data ? <RevenueDashboard data={data} definitions={ANALYTICS_DEFINITIONS} /> : null}
      </div>
    </>
  );
}
