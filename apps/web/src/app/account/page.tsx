import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Badge, Card, DateTime, PageHeader } from "@healio/ui";
import { SignOutButton } from "@healio/client/auth";
import { getCurrentActor, serverApi } from "@/trpc/server";
import { env } from "@/env";
import { ApplicationStatus } from "../sell/application-status";
import { ResendVerification } from "./resend-verification";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

const ROLE_LABEL = { CUSTOMER: "Customer", SELLER: "Seller", ADMIN: "Administrator" } as const;

export default async function AccountPage() {
  if (!(await getCurrentActor())) redirect("/sign-in?next=/account");
  const api = await serverApi();
  const [me, application] = await Promise.all([api.me.get(), api.sellers.myApplication()]);

  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${me.email}`} actions={<SignOutButton variant="secondary" />} />
      <Card as="section" padded className="hl-stack" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <dl className="hl-dl">
          <dt>Name</dt>
          <dd>{me.name}</dd>
          <dt>Email</dt>
          <dd>{me.email}</dd>
          <dt>Role</dt>
          <dd>
            <Badge tone="primary">{me.role}</Badge> <span className="hl-muted">({ROLE_LABEL[me.role]})</span>
          </dd>
          <dt>Email verified</dt>
          <dd>
            {me.emailVerified ? <Badge tone="success">Yes</Badge> : <Badge tone="warning">No</Badge>}
          </dd>
          <dt>Member since</dt>
          <dd>
            <DateTime value={me.createdAt} />
          </dd>
        </dl>
        {me.emailVerified ? null : <ResendVerification email={me.email} />}
      </Card>
      {me.role === "CUSTOMER" || application ? (
        <Card as="section" padded className="hl-stack" aria-labelledby="sell-heading">
          <h2 id="sell-heading">Sell on Healio</h2>
          {application ? (
            <ApplicationStatus application={application} consoleUrl={env.ADMIN_URL} />
          ) : (
            <p>
              Run a licensed pharmacy? <Link href="/sell">Apply to sell on Healio</Link>.
            </p>
          )}
        </Card>
      ) : null}
    </>
  );
}
