import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button, PageHeader } from "@healio/ui";
import "@/components/orders/orders.css";
import { PeopleTable, type PeopleFilters } from "@/components/people/people-table";
import { PERSON_STATE_LABEL, ROLE_NAME } from "@/components/people/people-labels";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "People" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;
const ROLES = ["CUSTOMER", "SELLER", "ADMIN"] as const;
const STATES = ["active", "blocked", "unverified"] as const;

function filtersFrom(params: SearchParams): PeopleFilters {
  const role = firstParam(params, "role");
  const state = firstParam(params, "state");
  return {
    query: firstParam(params, "q", 100),
    role: ROLES.find((r) => r === role),
    state: STATES.find((s) => s === state),
  };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe();
  if (me.role !== "ADMIN") notFound();
  const filters = filtersFrom(await searchParams);
  const api = await serverApi();
  const firstPage = await api.people.list({ ...filters, limit: PAGE_SIZE });
  const filtered = Boolean(filters.query || filters.role || filters.state);

  return (
    <>
      <PageHeader title="People" description="Every account on Healio, newest first. Open a person to block or unblock them." />
      <div className="hl-stack">
        <form action="/people" method="get" role="search" aria-label="Search people" className="order-filters">
          <div className="hl-field">
            <label className="hl-field__label" htmlFor="people-q">Name or e-mail</label>
            <input id="people-q" className="hl-input" type="search" name="q" defaultValue={filters.query ?? ""} maxLength={100} autoComplete="off" />
          </div>
          <div className="hl-field">
            <label className="hl-field__label" htmlFor="people-role">Role</label>
            <select id="people-role" className="hl-input" name="role" defaultValue={filters.role ?? ""}>
              <option value="">Any role</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>{ROLE_NAME[r]}</option>
              ))}
            </select>
          </div>
          <div className="hl-field">
            <label className="hl-field__label" htmlFor="people-state">State</label>
            <select id="people-state" className="hl-input" name="state" defaultValue={filters.state ?? ""}>
              <option value="">Any state</option>
              {STATES.map((s) => (
                <option key={s} value={s}>{PERSON_STATE_LABEL[s]?.label}</option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">Filter</Button>
          {filtered ? <Link href="/people">Clear filters</Link> : null}
        </form>
        <PeopleTable key={JSON.stringify(filters)} initialPage={firstPage} filters={filters} pageSize={PAGE_SIZE} />
      </div>
    </>
  );
}
