import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Badge, Card, DateTime, PageHeader } from "@healio/ui";
import { getExternalProviders } from "@healio/auth";
import { externalSignInErrorMessage } from "@healio/auth/client";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { SignOutButton } from "@healio/client/auth";
import { getCurrentActor, serverApi } from "@/trpc/server";
import { getServerAuth } from "@/server/auth";
import { env } from "@/env";
import { ApplicationStatus } from "../sell/application-status";
import { AddressBook } from "./address-book";
import { LinkedAccounts } from "./linked-accounts";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { ResendVerification } from "./resend-verification";
import { Sessions } from "./sessions";
import "./account.css";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

const ROLE_LABEL = { CUSTOMER: "Customer", SELLER: "Seller", ADMIN: "Administrator" } as const;

/** Profile, sign-in methods, password, sessions, address book (customers) and the seller application. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await getCurrentActor())) redirect("/sign-in?next=/account");
  const api = await serverApi();
  const [me, application, session] = await Promise.all([
    api.me.get(),
    api.sellers.myApplication(),
    getServerAuth().api.getSession({ headers: await headers() }),
  ]);
  if (!session) redirect("/sign-in?next=/account");
  const hasPassword = (await getServerAuth().api.listUserAccounts({ headers: await headers() })).some((a) => a.providerId === "credential");

  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${me.email}`} actions={<SignOutButton variant="secondary" />} />
      <div className="account-sections">
        <Card as="section" padded className="hl-stack" aria-labelledby="profile-heading">
          <h2 id="profile-heading">Profile</h2>
          <dl className="hl-dl">
            <dt>Email</dt>
            <dd className="account-email">
              {me.email} {me.emailVerified ? <Badge tone="success">Verified</Badge> : <Badge tone="warning">Not verified</Badge>}
            </dd>
            <dt>Role</dt>
            <dd>{ROLE_LABEL[me.role]}</dd>
            <dt>Member since</dt>
            <dd>
              <DateTime value={me.createdAt} />
            </dd>
          </dl>
          {me.emailVerified ? null : <ResendVerification email={me.email} />}
          <ProfileForm name={me.name} phone={me.phone} />
        </Card>

        {me.role === "CUSTOMER" ? (
          <Card as="section" padded className="hl-stack" aria-labelledby="addresses-heading">
            <h2 id="addresses-heading">Address book</h2>
            <AddressBook />
          </Card>
        ) : null}

        <Card as="section" padded className="hl-stack" aria-labelledby="signin-heading">
          <h2 id="signin-heading">Ways to sign in</h2>
          <LinkedAccounts
            providers={getExternalProviders()}
            notice={externalSignInErrorMessage(firstParam(await searchParams, "error"))}
          />
        </Card>

        <Card as="section" padded className="hl-stack" aria-labelledby="password-heading">
          <h2 id="password-heading">Password</h2>
          {hasPassword ? (
            <PasswordForm />
          ) : (
            <p className="hl-muted">
              You sign in with an external provider. To add a password, use{" "}
              <Link href="/forgot-password">Forgot your password?</Link> with {me.email}.
            </p>
          )}
        </Card>

        <Card as="section" padded className="hl-stack" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Where you are signed in</h2>
          <Sessions currentSessionId={session.session.id} />
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
      </div>
    </>
  );
}
