import { Alert, Badge, EmptyState, Stat, StockBadge } from "@healio/ui";
import type { LowStockPage, SellerDashboardData } from "@/trpc/types";
import { SELLER_STATUS_LABEL, formatCount } from "./labels";
import { ORDER_STATUS_LABEL } from "@healio/client/orders";
import type { OrderStatus } from "@healio/db/enums";

export function SellerDashboard({
  data,
  lowStock,
  storefrontUrl,
}: {
  data: SellerDashboardData;
  /** The emptiest low-stock listings (first page of inventory.lowStock). */
  lowStock: LowStockPage;
  storefrontUrl: string;
}) {
  const totalOrders = Object.values(data.ordersByStatus).reduce((a, b) => a + b, 0);
  return (
    <div className="hl-stack hl-stack--lg">
      {data.sellerStatus === "PENDING" ? (
        <Alert tone="warning" title="Your seller account is awaiting approval">
          An administrator reviews your pharmacy licence. Your medicines appear in the storefront once approved.
        </Alert>
      ) : null}
      {data.sellerStatus === "REJECTED" ? (
        <Alert tone="danger" title="Your seller application was rejected">
          Please contact Healio support for details.
        </Alert>
      ) : null}

      <section className="dashboard-section" aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">Catalogue</h2>
        <div className="hl-grid hl-grid--stats">
          <Stat label="Active medicines" value={formatCount(data.activeMedicines)} />
          <Stat
            label="Low on stock"
            value={formatCount(data.lowStockMedicines)}
            hint={data.lowStockMedicines > 0 ? "At or below their restock threshold" : "Everything is well stocked"}
          />
          {data.sellerStatus ? (
            <Stat label="Seller status" value={<Badge tone={data.sellerStatus === "APPROVED" ? "success" : "warning"}>{SELLER_STATUS_LABEL[data.sellerStatus] ?? data.sellerStatus}</Badge>} />
          ) : null}
        </div>
      </section>

      <section className="dashboard-section" aria-labelledby="low-stock-heading">
        <h2 id="low-stock-heading">Low on stock</h2>
        {lowStock.items.length === 0 ? (
          <EmptyState title="Nothing is running low" description="Every active medicine is above its restock threshold." />
        ) : (
          <div className="hl-card hl-table-wrap">
            <table>
              <caption className="hl-visually-hidden">Active medicines at or below their restock threshold, emptiest first</caption>
              <thead>
                <tr>
                  <th scope="col">Medicine</th>
                  <th scope="col">In stock</th>
                  <th scope="col">Restock at</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {lowStock.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <a href={`${storefrontUrl}/medicines/${item.slug}`}>{item.name}</a>
                      <span className="hl-muted hl-small"> · {item.strength}</span>
                    </td>
                    <td>{formatCount(item.stock)}</td>
                    <td>{formatCount(item.lowStockThreshold)}</td>
                    <td>
                      <StockBadge stock={item.stock} lowStockThreshold={item.lowStockThreshold} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {lowStock.nextCursor ? (
              <p className="hl-small hl-muted">
                Showing the {lowStock.items.length} emptiest of {formatCount(data.lowStockMedicines)} medicines.
              </p>
            ) : null}
          </div>
        )}
      </section>

      <section className="dashboard-section" aria-labelledby="orders-heading">
        <h2 id="orders-heading">Orders by status</h2>
        <div className="hl-grid hl-grid--stats">
          <Stat label="All orders" value={formatCount(totalOrders)} />
          {(Object.entries(data.ordersByStatus) as [OrderStatus, number][]).map(([status, n]) => (
            <Stat key={status} label={ORDER_STATUS_LABEL[status]} value={formatCount(n)} />
          ))}
        </div>
      </section>
    </div>
  );
}
