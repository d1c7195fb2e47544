import Link from "next/link";
import { Alert, Stat } from "@healio/ui";
import type { AdminOverviewData } from "@/trpc/types";
import { MEDICINE_STATUS_LABEL, ROLE_LABEL, formatCount } from "./labels";
import { ORDER_STATUS_LABEL } from "@healio/client/orders";
import type { OrderStatus } from "@healio/db/enums";

function sum(record: Record<string, number>): number {
  return Object.values(record).reduce((a, b) => a + b, 0);
}

export function AdminOverview({ data }: { data: AdminOverviewData }) {
  return (
    <div className="hl-stack hl-stack--lg">
      {data.sellersPendingApproval > 0 ? (
        <Alert tone="warning" title={`${formatCount(data.sellersPendingApproval)} seller${data.sellersPendingApproval === 1 ? "" : "s"} awaiting approval`}>
          Review their pharmacy licences before their medicines can be sold.{" "}
          <Link href="/sellers?standing=PENDING">Review applications</Link>
        </Alert>
      ) : null}

      <section className="dashboard-section" aria-labelledby="users-heading">
        <h2 id="users-heading">Users</h2>
        <div className="hl-grid hl-grid--stats">
          <Stat label="All users" value={formatCount(sum(data.usersByRole))} />
          {Object.entries(data.usersByRole).map(([role, n]) => (
            <Stat key={role} label={ROLE_LABEL[role] ?? role} value={formatCount(n)} />
          ))}
          <Stat label="Sellers pending approval" value={formatCount(data.sellersPendingApproval)} />
        </div>
      </section>

      <section className="dashboard-section" aria-labelledby="medicines-heading">
        <h2 id="medicines-heading">Medicines</h2>
        <div className="hl-grid hl-grid--stats">
          <Stat label="All medicines" value={formatCount(sum(data.medicinesByStatus))} />
          {Object.entries(data.medicinesByStatus).map(([status, n]) => (
            <Stat key={status} label={MEDICINE_STATUS_LABEL[status] ?? status} value={formatCount(n)} />
          ))}
        </div>
      </section>

      <section className="dashboard-section" aria-labelledby="orders-heading">
        <h2 id="orders-heading">Orders</h2>
        <div className="hl-grid hl-grid--stats">
          <Stat label="All orders" value={formatCount(sum(data.ordersByStatus))} />
          {(Object.entries(data.ordersByStatus) as [OrderStatus, number][]).map(([status, n]) => (
            <Stat key={status} label={ORDER_STATUS_LABEL[status]} value={formatCount(n)} />
          ))}
        </div>
      </section>
    </div>
  );
}
