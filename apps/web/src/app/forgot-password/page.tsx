import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@healio/ui";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="auth-page">
      <PageHeader title="Forgot your password?" description="We will email you a link to choose a new one." />
      <Card padded className="hl-stack">
        <ForgotPasswordForm />
        <div className="auth-page__links">
          <Link href="/sign-in">Back to sign in</Link>
        </div>
      </Card>
    </div>
  );
}
