import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Card, PageHeader } from "@healio/ui";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };
export const dynamic = "force-dynamic";

/** Landing page of the reset link: Better-Auth redirects here with ?token=... or ?error=INVALID_TOKEN. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const token = firstParam(params, "token", 512);
  const error = firstParam(params, "error");

  return (
    <div className="auth-page">
      <PageHeader title="Choose a new password" />
      <Card padded className="hl-stack">
        {error || !token ? (
          <Alert tone="danger" title="This reset link is invalid or has expired">
            <p>
              <Link href="/forgot-password">Request a new link</Link> and use it within the hour.
            </p>
          </Alert>
        ) : (
          <ResetPasswordForm token={token} />
        )}
      </Card>
    </div>
  );
}
