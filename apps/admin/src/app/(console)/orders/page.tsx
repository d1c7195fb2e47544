import type { Metadata } from "next";
import Link from "next/link";
import type { OrderStatus } from "@healio/db/enums";
import { Button, PageHeader } from "@healio/ui";
import { OrderQueue, type OrderQueueFilters } from "@/components/orders/order-queue";
import { ORDER_STATUSES, ORDER_STATUS_LABEL } from "@healio/client/orders";
import "@/components/orders/orders.css";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Orders" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

function filtersFrom(params: SearchParams): OrderQueueFilters {
  const status = firstParam(params, "status");
  return {
    status: ORDER_STATUSES.includes(status as OrderStatus) ? (status as OrderStatus) : undefined,
    search: firstParam(params, "q", 40),
  };
}

function href(filters: OrderQueueFilters): string {
  const q = new URLSearchParams();
  if (filters.status) q.set("status", filters.status);
  if (filters.search) q.set("q", filters.search);
  const s = q.toString();
  return s ? `/orders?${s}` : "/orders";
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Anonymous -> /sign-in; customers get the layout's refusal page and no data here.
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  const filters = filtersFrom(await searchParams);
  const api = await serverApi();
  const scope = me.role === "ADMIN" ? "admin" : "seller";
  const input = { ...filters, limit: PAGE_SIZE };
  const firstPage = scope === "admin" ? await api.order.adminList(input) : await api.order.sellerQueue(input);

  return (
    <>
      <PageHeader
        title="Orders"
        description={scope === "admin" ? "Every order on the marketplace." : "Orders to fulfil, newest first."}
      />
      <div className="hl-stack">
        <nav aria-label="Filter by status">
          <ul className="order-tabs">
            {[undefined, ...ORDER_STATUSES].map((status) => (
              <li key={status ?? "all"}>
                <Link
                  href={href({ status, search: filters.search })}
                  aria-current={filters.status === status ? "page" : undefined}
                >
                  {status ? ORDER_STATUS_LABEL[status] : "All"}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action="/orders" method="get" role="search" aria-label="Search orders" className="order-filters">
          {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
          <div className="hl-field">
            <label className="hl-field__label" htmlFor="order-search">
              Order number
            </label>
            <input
              id="order-search"
              className="hl-input"
              type="search"
              name="q"
              placeholder="HL-000123"
              defaultValue={filters.search ?? ""}
              maxLength={40}
              autoComplete="off"
            />
          </div>
          <Button type="submit" variant="secondary">
            Search
          </Button>
          {filters.search ? <Link href={href({ status: filters.status })}>Clear search</Link> : null}
        </form>
        <OrderQueue
          key={JSON.stringify(filters)}
          scope={scope}
          initialPage={firstPage}
          filters={filters}
          pageSize={PAGE_SIZE}
        />
      </div>
    </>
  );
}
