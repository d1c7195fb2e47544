import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@healio/ui";
import { ConsoleBrand } from "@/components/console-brand";
import { env } from "@/env";
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
  const next = safeNextPath(firstParam(params, "next"), "/");
  if (await getCurrentActor()) redirect(next);
  return (
    <main id="main" className="console-centered">
      <div className="console-brand">
        <ConsoleBrand />
      </div>
      <div className="console-centered__inner">
        <PageHeader title="Sign in to the console" description="For pharmacy sellers and Healio administrators." />
        <Card padded className="hl-stack">
          <SignInForm
            next={next}
            providers={getExternalProviders()}
            notice={externalSignInErrorMessage(firstParam(params, "error"))}
          />
          <p className="hl-small hl-muted">
            Forgot your password? <a href={`${env.WEB_URL}/forgot-password`}>Reset it on the storefront</a>.
          </p>
        </Card>
      </div>
    </main>
  );
}
