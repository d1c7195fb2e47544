import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EmptyState, PageHeader } from "@healio/ui";
import { LocalDateTime } from "@healio/client/dates";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Recalls" };
export const dynamic = "force-dynamic";

export default async function RecallsPage() {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  const { items } = await (await serverApi()).recall.list({ limit: 100 });
  return (
    <>
      <PageHeader
        title="Recalls"
        description="Recalled lots, newest first. Start a recall from a medicine's Lots section; recalls are kept for good."
      />
      {items.length === 0 ? (
        <EmptyState title="No recalls" description="A recalled lot appears here with the orders and customers it reached." />
      ) : (
        <div className="hl-card hl-table-wrap">
          <table className="console-table">
            <caption className="hl-visually-hidden">Recalls, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Recalled</th>
                <th scope="col">Medicine</th>
                <th scope="col">Lot</th>
                {me.role === "ADMIN" ? <th scope="col">Pharmacy</th> : null}
                <th scope="col" className="console-table__num">
                  Customers mailed
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/recalls/${r.id}`}>
                      <LocalDateTime value={r.createdAt} />
                    </Link>
                  </td>
                  <td>
                    {r.medicine.name} <span className="hl-muted">{r.medicine.strength}</span>
                  </td>
                  <td>{r.lot.lotNumber}</td>
                  {me.role === "ADMIN" ? <td>{r.seller.storeName}</td> : null}
                  <td className="console-table__num">{r.customersNotified}</td>
                  <td>{r.status === "OPEN" ? <Badge tone="danger">Open</Badge> : <Badge>Closed</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
