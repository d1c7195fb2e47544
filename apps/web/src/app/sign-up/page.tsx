import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@healio/ui";
import { getExternalProviders } from "@healio/auth";
import { ExternalSignInButtons } from "@healio/client/auth";
import { firstParam, type SearchParams } from "@healio/client/search-params";
import { safeNextPath } from "@healio/ui/auth-errors";
import { getCurrentActor } from "@/trpc/server";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };
export const dynamic = "force-dynamic";

/** `?next=/checkout` (from the cart): after sign-up, and after the verification link, the customer returns there. */
export default async function SignUpPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const next = safeNextPath(firstParam(await searchParams, "next"), "/account");
  if (await getCurrentActor()) redirect(next);
  return (
    <div className="auth-page">
      <PageHeader title="Create your account" description="Order medicines from licensed pharmacies." />
      <Card padded className="hl-stack">
        <SignUpForm next={next} />
        <ExternalSignInButtons providers={getExternalProviders()} next={next} errorPath="/sign-in" />
        <div className="auth-page__links">
          <span>
            Already have an account?{" "}
            <Link href={next === "/account" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
          </span>
        </div>
      </Card>
    </div>
  );
}
