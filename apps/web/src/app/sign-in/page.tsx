import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@healio/ui";
import { safeNextPath } from "@healio/ui/auth-errors";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { getCurrentActor } from "@/trpc/server";
import { SignInForm } from "@healio/client/auth";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const next = safeNextPath(firstParam(await searchParams, "next"), "/account");
  if (await getCurrentActor()) redirect(next);
  return (
    <div className="auth-page">
      <PageHeader title="Sign in" description="Welcome back to Healio." />
      <Card padded className="hl-stack">
        <SignInForm next={next} />
        <div className="auth-page__links">
          <Link href="/forgot-password">Forgot your password?</Link>
          <Link href="/sign-up">Create an account</Link>
        </div>
      </Card>
    </div>
  );
}
