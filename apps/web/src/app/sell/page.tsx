import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@healio/ui";
import { env } from "@/env";
import { getCurrentActor, serverApi } from "@/trpc/server";
import { ApplicationStatus } from "./application-status";
import { SellerApplicationForm, type ApplicationDefaults } from "./seller-application-form";

export const metadata: Metadata = { title: "Sell on Healio" };
export const dynamic = "force-dynamic";

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function SellPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/sign-in?next=/sell");
  const api = await serverApi();
  const application = await api.sellers.myApplication();

  const intro = "Licensed pharmacies sell on Healio after an administrator has checked their licence.";
  if (actor.role !== "CUSTOMER" && !application) {
    return (
      <>
        <PageHeader title="Sell on Healio" description={intro} />
        <Card padded>Seller and administrator accounts cannot apply. Sign in with your customer account to apply.</Card>
      </>
    );
  }
  if (application && application.status !== "REJECTED") {
    return (
      <>
        <PageHeader title="Sell on Healio" description={intro} />
        <Card padded>
          <ApplicationStatus application={application} consoleUrl={env.ADMIN_URL} />
        </Card>
      </>
    );
  }
  const defaults: ApplicationDefaults = application
    ? {
        storeName: application.storeName,
        licenceNumber: application.licenceNumber,
        businessAddress: application.businessAddress,
        phone: application.phone,
        supervisingPharmacist: application.supervisingPharmacist,
        licenceExpiresAt: application.licenceExpiresAt.getTime() > Date.now() ? day(application.licenceExpiresAt) : undefined,
      }
    : {};
  return (
    <>
      <PageHeader title="Sell on Healio" description={intro} />
      <Card padded className="hl-stack">
        {application ? <p>Your last application was not approved: {application.decisionReason}. Correct the details and submit again.</p> : null}
        <SellerApplicationForm defaults={defaults} />
        <p className="hl-small hl-muted">
          By applying you confirm the pharmacy is registered and the supervising pharmacist is responsible for dispensing. See <Link href="/account">your account</Link> for the state of your application.
        </p>
      </Card>
    </>
  );
}
