import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Badge, Money, PageHeader, buttonClassName } from "@healio/ui";
import { AuditHistory } from "@/components/catalogue/audit-history";
import { BatchList } from "@/components/batches/batch-list";
import { ListingStatusButton } from "@/components/catalogue/listing-status-button";
import { LocalDateTime } from "@healio/client/dates";
import { StockLedger } from "@/components/catalogue/stock-ledger";
import { StockPanel } from "@/components/catalogue/stock-panel";
import { env } from "@/env";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { requireMe } from "@/trpc/server";
import { loadListing } from "./load-listing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return {};
  const listing = await loadListing((await params).id);
  return { title: listing.name };
}

const NOTICES: Record<string, string> = {
  created: "The medicine was created and is on sale in the storefront.",
  saved: "Your changes were saved.",
};

export default async function MedicinePage({ params, searchParams }: Props) {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  const { id } = await params;
  const listing = await loadListing(id);
  const notice = NOTICES[firstParam(await searchParams, "notice") ?? ""];
  const owner = listing.sellerId === me.id;
  const active = listing.status === "ACTIVE";

  return (
    <>
      <PageHeader
        eyebrow={
          <nav aria-label="Breadcrumb">
            <Link href="/medicines">Medicines</Link> / {listing.name}
          </nav>
        }
        title={listing.name}
        description={`${listing.genericName} · ${listing.strength} · ${listing.dosageForm} · ${listing.packSize}`}
        actions={
          <>
            {owner ? (
              <Link href={`/medicines/${listing.id}/edit`} className={buttonClassName()}>
                Edit
              </Link>
            ) : null}
            {active ? (
              <a href={`${env.WEB_URL}/medicines/${listing.slug}`} className={buttonClassName({ variant: "secondary" })}>
                View in storefront ↗
              </a>
            ) : null}
            <ListingStatusButton id={listing.id} name={listing.name} status={listing.status} canRestore={owner} />
          </>
        }
      />
      <div className="hl-stack hl-stack--lg">
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {!active ? (
          <Alert tone="warning" title="Archived">
            This listing is hidden from the storefront and cannot be ordered.
          </Alert>
        ) : null}
        {!owner ? (
          <Alert tone="info">
            You are viewing another seller&apos;s listing as an administrator: you can archive it, but only its seller can
            edit it or change its stock.
          </Alert>
        ) : null}

        <div className="listing-detail">
          <section className="hl-card hl-stack" aria-labelledby="details-heading">
            <div className="hl-row hl-row--between">
              <h2 id="details-heading" className="console-section-title">
                Details
              </h2>
              <div className="hl-row">
                {active ? <Badge tone="success">Active</Badge> : <Badge>Archived</Badge>}
                {listing.requiresPrescription ? <Badge tone="info">Rx only</Badge> : <Badge>Over the counter</Badge>}
              </div>
            </div>
            <dl className="hl-dl">
              <dt>Price</dt>
              <dd>
                <Money cents={listing.priceCents} />
              </dd>
              <dt>Generic name</dt>
              <dd>{listing.genericName}</dd>
              <dt>Strength</dt>
              <dd>{listing.strength}</dd>
              <dt>Dosage form</dt>
              <dd>{listing.dosageForm}</dd>
              <dt>Pack size</dt>
              <dd>{listing.packSize}</dd>
              <dt>Manufacturer</dt>
              <dd>{listing.manufacturer.name}</dd>
              <dt>Category</dt>
              <dd>{listing.category.name}</dd>
              <dt>Prescription</dt>
              <dd>{listing.requiresPrescription ? "Required" : "Not required"}</dd>
              <dt>Low-stock threshold</dt>
              <dd>{listing.lowStockThreshold}</dd>
              <dt>Image</dt>
              <dd>
                {listing.imageUrl ? (
                  <a href={listing.imageUrl} rel="noreferrer noopener" target="_blank">
                    {listing.imageUrl}
                  </a>
                ) : (
                  <span className="hl-muted">None</span>
                )}
              </dd>
              <dt>URL</dt>
              <dd className="listing-detail__slug">/medicines/{listing.slug}</dd>
              <dt>Created</dt>
              <dd>
                <LocalDateTime value={listing.createdAt} />
              </dd>
              <dt>Last updated</dt>
              <dd>
                <LocalDateTime value={listing.updatedAt} />
              </dd>
            </dl>
            <div>
              <h3 className="hl-small hl-muted">Description</h3>
              {listing.description ? (
                <p className="listing-detail__description">{listing.description}</p>
              ) : (
                <p className="hl-muted">No description.</p>
              )}
            </div>
          </section>
          <StockPanel
            medicineId={listing.id}
            stock={listing.stock}
            lowStockThreshold={listing.lowStockThreshold}
            canEdit={owner}
          />
        </div>

        <BatchList medicineId={listing.id} canRecall canHold={owner} />
        <StockLedger medicineId={listing.id} />
        <AuditHistory medicineId={listing.id} />
      </div>
    </>
  );
}
