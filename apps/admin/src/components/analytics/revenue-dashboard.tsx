import Link from "next/link";
import { Fragment } from "react";
import { EmptyState, Money } from "@healio/ui";
import type { RouterOutputs } from "@/trpc/types";
import { ORDER_STATUS_LABEL } from "@healio/client/orders";
import { CategoryBarChart } from "./category-bar-chart";
import { FigureCard } from "./figure-card";
import { centsToDecimal, formatCount, formatDay, formatMoney, formatRate, pointChange, relativeChange } from "./format";
import type { ReportColumn } from "./report-table";
import { RevenueLineChart } from "./revenue-line-chart";
import { Section, TableSection } from "./table-section";

export type DashboardData = RouterOutputs["analytics"]["marketplace"];
export type Definition = { term: string; text: string };

const MONEY: ReportColumn = { label: "Revenue", numeric: true, csvLabel: "Revenue (USD)" };


/** The revenue dashboard (marketplace or one seller): figures, charts with data tables, CSV. */
export function RevenueDashboard({ data, definitions }: { data: DashboardData; definitions: readonly Definition[] }) {
  const { figures: f, range } = data;
  const who = data.scope.kind === "seller" ? `-${data.scope.storeName.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}` : "";
  const file = (name: string) => `${name}-${range.from}-to-${range.to}${who}`;
  const nothing = f.placedOrders.current === 0;

  return (
    <div className="hl-stack hl-stack--lg">
      <p className="analytics-range" data-testid="analytics-range">
        <strong>
          {formatDay(range.from)}
          {range.days > 1 ? ` – ${formatDay(range.to)}` : ""}
        </strong>{" "}
        ({formatCount(range.days)} {range.days === 1 ? "day" : "days"}), compared with {formatDay(range.previousFrom)}
        {range.days > 1 ? ` – ${formatDay(range.previousTo)}` : ""}. Revenue counts{" "}
        {range.basis === "delivered" ? "delivered orders" : "booked orders (not cancelled)"}. Days are counted in the store
        time zone, <strong>{range.timeZone}</strong>.
      </p>

      <section className="dashboard-section" aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="hl-visually-hidden">
          Figures
        </h2>
        <div className="analytics-figures">
          <FigureCard label="Revenue" value={<Money cents={f.revenueCents.current} />} change={relativeChange(f.revenueCents.current, f.revenueCents.previous)} previous={formatMoney(f.revenueCents.previous)} />
          <FigureCard label="Orders" value={formatCount(f.orders.current)} change={relativeChange(f.orders.current, f.orders.previous)} previous={formatCount(f.orders.previous)} />
          <FigureCard label="Units sold" value={formatCount(f.units.current)} change={relativeChange(f.units.current, f.units.previous)} previous={formatCount(f.units.previous)} />
          <FigureCard
            label="Average order value"
            value={f.averageOrderValueCents.current === null ? "—" : <Money cents={f.averageOrderValueCents.current} />}
            change={relativeChange(f.averageOrderValueCents.current, f.averageOrderValueCents.previous)}
            previous={f.averageOrderValueCents.previous === null ? "—" : formatMoney(f.averageOrderValueCents.previous)}
          />
          <FigureCard label="New customers" value={formatCount(f.newCustomers.current)} change={relativeChange(f.newCustomers.current, f.newCustomers.previous)} previous={formatCount(f.newCustomers.previous)} />
          <FigureCard
            label="Cancellation rate"
            value={formatRate(f.cancellationRate.current)}
            change={pointChange(f.cancellationRate.current, f.cancellationRate.previous)}
            previous={formatRate(f.cancellationRate.previous)}
            lowerIsBetter
            hint={`${formatCount(f.cancelledOrders.current)} of ${formatCount(f.placedOrders.current)} orders`}
          />
          <FigureCard label="Shipping charged (not revenue)" value={<Money cents={f.shippingCents.current} />} change={relativeChange(f.shippingCents.current, f.shippingCents.previous)} previous={formatMoney(f.shippingCents.previous)} />
        </div>
      </section>

      {nothing ? (
        <EmptyState
          icon="∅"
          title="No orders in this range"
          description="Pick a longer range, or switch to “Booked” to include orders that are not delivered yet."
        />
      ) : null}

      <TableSection
        id="by-day-heading"
        title="Revenue by day"
        scroll
        filename={file("revenue-by-day")}
        empty="No days in this range."
        columns={[{ label: "Date", csvLabel: "Date" }, MONEY, { label: "Orders", numeric: true }, { label: "Units", numeric: true }]}
        rows={data.byDay.map((d) => ({
          key: d.date,
          cells: [formatDay(d.date), <Money key="m" cents={d.revenueCents} />, formatCount(d.orders), formatCount(d.units)],
          csv: [d.date, centsToDecimal(d.revenueCents), d.orders, d.units],
        }))}
      >
        <RevenueLineChart days={data.byDay} label={`Line chart of revenue per day from ${formatDay(range.from)} to ${formatDay(range.to)}. The table below lists the same figures.`} />
      </TableSection>

      <TableSection
        id="by-category-heading"
        title="Revenue by category"
        description="Top-level categories; a medicine counts under the category it is listed in today."
        filename={file("revenue-by-category")}
        columns={[{ label: "Category" }, MONEY, { label: "Units", numeric: true }]}
        rows={data.byCategory.map((c) => ({
          key: c.categoryId,
          cells: [c.name, <Money key="m" cents={c.revenueCents} />, formatCount(c.units)],
          csv: [c.name, centsToDecimal(c.revenueCents), c.units],
        }))}
      >
        {data.byCategory.length > 0 ? (
          <CategoryBarChart categories={data.byCategory} label="Bar chart of revenue per top-level category. The table below lists the same figures." />
        ) : null}
      </TableSection>

      {data.scope.kind === "marketplace" ? (
        <TableSection
          id="by-seller-heading"
          title="Revenue by pharmacy"
          description="The 50 pharmacies with the most revenue in the range."
          filename={file("revenue-by-pharmacy")}
          columns={[{ label: "Pharmacy" }, MONEY, { label: "Orders", numeric: true }, { label: "Units", numeric: true }, { label: "Account" }]}
          rows={data.bySeller.map((s) => ({
            key: s.sellerId,
            cells: [
              <Link key="d" href={`/analytics?seller=${encodeURIComponent(s.sellerId)}&range=${range.preset}&basis=${range.basis}${range.preset === "custom" ? `&from=${range.from}&to=${range.to}` : ""}`}>
                {s.storeName}
              </Link>,
              <Money key="m" cents={s.revenueCents} />,
              formatCount(s.orders),
              formatCount(s.units),
              <Link key="u" href={`/people/${encodeURIComponent(s.sellerId)}`} aria-label={`Account of ${s.storeName}`}>
                Profile
              </Link>,
            ],
            csv: [s.storeName, centsToDecimal(s.revenueCents), s.orders, s.units, s.sellerId],
          }))}
        />
      ) : null}

      <div className="analytics-columns">
        <TableSection
          id="top-revenue-heading"
          title="Top medicines by revenue"
          filename={file("top-medicines-by-revenue")}
          columns={[{ label: "Medicine" }, MONEY, { label: "Units", numeric: true }]}
          rows={data.topByRevenue.map((m) => ({
            key: m.medicineId,
            cells: [`${m.name} ${m.strength}`, <Money key="m" cents={m.revenueCents} />, formatCount(m.units)],
            csv: [`${m.name} ${m.strength}`, centsToDecimal(m.revenueCents), m.units],
          }))}
        />
        <TableSection
          id="top-units-heading"
          title="Top medicines by units"
          filename={file("top-medicines-by-units")}
          columns={[{ label: "Medicine" }, { label: "Units", numeric: true }, MONEY]}
          rows={data.topByUnits.map((m) => ({
            key: m.medicineId,
            cells: [`${m.name} ${m.strength}`, formatCount(m.units), <Money key="m" cents={m.revenueCents} />],
            csv: [`${m.name} ${m.strength}`, m.units, centsToDecimal(m.revenueCents)],
          }))}
        />
      </div>

      <TableSection
        id="by-status-heading"
        title="Orders by status"
        description="Every order placed in the range, by its status now (a checkout split across pharmacies counts once per pharmacy)."
        filename={file("orders-by-status")}
        empty="No orders in this range."
        columns={[{ label: "Status" }, { label: "Orders", numeric: true }]}
        rows={data.byStatus.map((s) => ({
          key: s.status,
          cells: [ORDER_STATUS_LABEL[s.status] ?? s.status, formatCount(s.orders)],
          csv: [ORDER_STATUS_LABEL[s.status] ?? s.status, s.orders],
        }))}
      />

      <Section id="definitions-heading" title="How these figures are counted">
        <dl className="hl-dl analytics-definitions">
          {definitions.map((d) => (
            <Fragment key={d.term}>
              <dt>{d.term}</dt>
              <dd>{d.text}</dd>
            </Fragment>
          ))}
          <dt>Time zone</dt>
          <dd>
            Store time zone <strong>{range.timeZone}</strong> (set by STORE_TIME_ZONE): “today” and every day above run from
            midnight to midnight there.
          </dd>
        </dl>
      </Section>
    </div>
  );
}
