import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { Alert, Badge, Card, DateTime, EmptyState, Money, PageHeader } from "@healio/ui";
import "@/components/orders/orders.css";
import { LocalDateTime } from "@healio/client/dates";
import { OrderStatusBadge } from "@healio/client/orders";
import { BlockControls } from "@/components/people/block-controls";
import { PERSON_STATE_LABEL, ROLE_NAME, STANDING_LABEL } from "@/components/people/people-labels";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Person" };
export const dynamic = "force-dynamic";

async function loadPerson(userId: string) {
  const api = await serverApi();
  try {
    return await api.people.get({ userId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireMe();
  if (me.role !== "ADMIN") notFound();
  const person = await loadPerson((await params).id);
  const state = PERSON_STATE_LABEL[person.state] ?? { label: person.state, tone: "neutral" as const };
  const standing = person.sellerProfile ? STANDING_LABEL[person.sellerProfile.standing] : null;

  return (
    <>
      <PageHeader
        title={person.name || person.email}
        description={
          <span className="hl-row">
            <Badge tone="primary">{ROLE_NAME[person.role] ?? person.role}</Badge>
            <Badge tone={state.tone}>{state.label}</Badge>
            <Link href="/people">All people</Link>
          </span>
        }
        actions={person.id === me.id ? null : <BlockControls userId={person.id} name={person.name || person.email} blocked={person.state === "blocked"} />}
      />
      <div className="hl-stack hl-stack--lg">
        {person.state === "blocked" ? (
          <Alert tone="danger" title="Blocked">
            {person.banReason}
            {person.bannedAt ? <> — since <LocalDateTime value={person.bannedAt} /></> : null}
          </Alert>
        ) : null}

        <div className="hl-grid people-cards">
          <Card>
            <h2 className="people-card__title">Profile</h2>
            <dl className="hl-dl">
              <dt>E-mail</dt>
              <dd>{person.email} {person.emailVerified ? null : <Badge tone="warning">not verified</Badge>}</dd>
              <dt>Phone</dt>
              <dd>{person.phone ?? <span className="hl-muted">—</span>}</dd>
              <dt>Joined</dt>
              <dd><DateTime value={person.createdAt} /></dd>
            </dl>
          </Card>
          <Card>
            <h2 className="people-card__title">Pharmacy</h2>
            {person.sellerProfile ? (
              <dl className="hl-dl">
                <dt>Store</dt>
                <dd>{person.sellerProfile.storeName}</dd>
                <dt>Licence</dt>
                <dd>{person.sellerProfile.licenceNumber}, valid until <DateTime value={person.sellerProfile.licenceExpiresAt} /></dd>
                <dt>Standing</dt>
                <dd>{standing ? <Badge tone={standing.tone}>{standing.label}</Badge> : person.sellerProfile.standing}</dd>
                {person.sellerProfile.decisionReason ? (<><dt>Last decision</dt><dd>{person.sellerProfile.decisionReason}</dd></>) : null}
              </dl>
            ) : (
              <p className="hl-muted">No seller profile.</p>
            )}
            {person.sellerProfile ? <Link href={`/sellers?q=${encodeURIComponent(person.sellerProfile.licenceNumber)}`}>Manage in Sellers</Link> : null}
          </Card>
        </div>

        <section aria-labelledby="orders-h">
          <h2 id="orders-h">Recent orders</h2>
          {person.recentOrders.length === 0 ? (
            <EmptyState title="No orders" description="Orders they placed or fulfilled appear here." />
          ) : (
            <div className="hl-card hl-table-wrap">
              <table className="order-table">
                <thead>
                  <tr><th scope="col">Order</th><th scope="col">As</th><th scope="col">Placed</th><th scope="col" className="num">Total</th><th scope="col">Status</th></tr>
                </thead>
                <tbody>
                  {person.recentOrders.map((o) => (
                    <tr key={o.id}>
                      <th scope="row"><Link href={`/orders/${o.id}`}>HL-{String(o.number).padStart(6, "0")}</Link></th>
                      <td>{o.as === "customer" ? "Customer" : "Seller"}</td>
                      <td><DateTime value={o.createdAt} withTime /></td>
                      <td className="num"><Money cents={o.totalCents} /></td>
                      <td><OrderStatusBadge status={o.status as Parameters<typeof OrderStatusBadge>[0]["status"]} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section aria-labelledby="sessions-h">
          <h2 id="sessions-h">Active sessions</h2>
          {person.sessions.length === 0 ? (
            <p className="hl-muted">No active sessions.</p>
          ) : (
            <div className="hl-card hl-table-wrap">
              <table className="order-table">
                <thead><tr><th scope="col">Signed in</th><th scope="col">Last active</th><th scope="col">Expires</th><th scope="col">Device</th></tr></thead>
                <tbody>
                  {person.sessions.map((s) => (
                    <tr key={s.id}>
                      <td><LocalDateTime value={s.createdAt} /></td>
                      <td><LocalDateTime value={s.lastActiveAt} /></td>
                      <td><LocalDateTime value={s.expiresAt} /></td>
                      <td className="hl-small">{s.userAgent ?? "unknown"}{s.ipAddress ? ` · ${s.ipAddress}` : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section aria-labelledby="audit-h">
          <h2 id="audit-h">Audit trail</h2>
          {person.audit.length === 0 ? (
            <p className="hl-muted">No recorded changes about this person.</p>
          ) : (
            <ol className="hl-stack">
              {person.audit.map((a) => (
                <li key={a.id}>
                  <strong>{a.action}</strong> by {a.actorName ?? "system"} · <LocalDateTime value={a.createdAt} />
                  <div className="hl-small hl-muted">{JSON.stringify(a.after)}</div>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
