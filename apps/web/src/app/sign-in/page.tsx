import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@healio/ui";
import { safeNextPath } from "@healio/ui/auth-errors";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { getCurrentActor } from "@/trpc/server";
import { SignInForm } from "@healio/client/auth";
import { getExternalProviders } from "@healio/auth";
import { externalSignInErrorMessage } from "@healio/auth/client";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const next = safeNextPath(firstParam(params, "next"), "/account");
  if (await getCurrentActor()) redirect(next);
  return (
    <div className="auth-page">
      <PageHeader title="Sign in" description="Welcome back to Healio." />
      <Card padded className="hl-stack">
        <SignInForm
          next={next}
          providers={getExternalProviders()}
          notice={externalSignInErrorMessage(firstParam(params, "error"))}
        />
        <div className="auth-page__links">
          <Link href="/forgot-password">Forgot your password?</Link>
          <Link href={next === "/account" ? "/sign-up" : `/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
        </div>
      </Card>
    </div>
  );
}
