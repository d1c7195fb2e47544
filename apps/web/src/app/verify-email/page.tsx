import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Card, PageHeader, buttonClassName } from "@healio/ui";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { safeNextPath } from "@healio/ui/auth-errors";

export const metadata: Metadata = { title: "Verify your email" };
export const dynamic = "force-dynamic";

const ERRORS: Record<string, string> = {
  TOKEN_EXPIRED: "This verification link has expired.",
  INVALID_TOKEN: "This verification link is invalid or has already been used.",
  USER_NOT_FOUND: "We could not find the account for this link.",
};

/**
 * Landing page of the verification link. Better-Auth verifies at /api/auth/verify-email and then
 * redirects here: `?verified=1` on success, `?error=CODE` on failure.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const error = firstParam(params, "error");
  const verified = firstParam(params, "verified") === "1";
  // Where the customer was going when they created the account (e.g. /checkout from the cart).
  const next = safeNextPath(firstParam(params, "next"), "/account");

  return (
    <div className="auth-page">
      <PageHeader title="Email verification" />
      <Card padded className="hl-stack">
        {error ? (
          <Alert tone="danger" title="We could not verify your email">
            <p>{ERRORS[error] ?? "The verification link did not work."}</p>
            <p>Sign in and request a new verification email from your account page.</p>
          </Alert>
        ) : verified ? (
          <Alert tone="success" title="Your email is verified">
            Thank you. Your email address has been confirmed.
          </Alert>
        ) : (
          <Alert tone="info" title="Check your inbox">
            Open the link we emailed you to verify your address.
          </Alert>
        )}
        <div className="hl-row">
          <Link href={next} className={buttonClassName()}>
            {next === "/checkout" ? "Continue to checkout" : next === "/account" ? "Go to your account" : "Continue"}
          </Link>
          <Link href="/" className={buttonClassName({ variant: "secondary" })}>
            Browse medicines
          </Link>
        </div>
      </Card>
    </div>
  );
}
