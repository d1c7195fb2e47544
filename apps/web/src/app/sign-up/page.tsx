import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@healio/ui";
import { getCurrentActor } from "@/trpc/server";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  if (await getCurrentActor()) redirect("/account");
  return (
    <div className="auth-page">
      <PageHeader title="Create your account" description="Order medicines from licensed pharmacies." />
      <Card padded className="hl-stack">
        <SignUpForm />
        <div className="auth-page__links">
          <span>
            Already have an account? <Link href="/sign-in">Sign in</Link>
          </span>
        </div>
      </Card>
    </div>
  );
}
