import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@healio/ui";
import { ExpiringTable } from "@/components/batches/expiring-table";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { requireMe } from "@/trpc/server";

export const metadata: Metadata = { title: "Expiring lots" };
export const dynamic = "force-dynamic";

const WINDOWS = [30, 60, 90] as const;

export default async function ExpiringLotsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  const raw = Number(firstParam(await searchParams, "within"));
  const withinDays = WINDOWS.find((w) => w === raw) ?? 30;
  return (
    <>
      <PageHeader
        title="Expiring lots"
        description={
          me.role === "ADMIN"
            ? "Lots on sale in every pharmacy that expire soon, soonest first. A lot stops selling the moment it expires and is written off automatically."
            : "Your lots on sale that expire soon, soonest first. A lot stops selling the moment it expires and is written off automatically."
        }
      />
      <nav aria-label="Expiry window" className="hl-row">
        {WINDOWS.map((w) => (
          <Link key={w} href={`/inventory/expiring?within=${w}`} aria-current={w === withinDays ? "page" : undefined} className={w === withinDays ? "hl-badge hl-badge--info" : "hl-badge"}>
            Within {w} days
          </Link>
        ))}
      </nav>
      {me.role === "SELLER" ? (
        <p className="hl-small">
          To sell these lots before they expire, propose their medicines for a <Link href="/sales">flash sale</Link>.
        </p>
      ) : null}
      <ExpiringTable key={withinDays} withinDays={withinDays} showSeller={me.role === "ADMIN"} />
    </>
  );
}
