import type { Metadata } from "next";
import { PageHeader } from "@healio/ui";
import { ReviewQueue } from "@/components/reviews/review-queue";
import { requireMe } from "@/trpc/server";

export const metadata: Metadata = { title: "Reviews" };
export const dynamic = "force-dynamic";

export default async function ReviewsPage() {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  const admin = me.role === "ADMIN";
  return (
    <>
      <PageHeader
        title="Reviews"
        description={
          admin
            ? "Every verified-purchase review. Hiding one removes it from the storefront and from the medicine's rating; every change is audited."
            : "Reviews of your medicines by customers who received them. You may reply once, publicly, to each."
        }
      />
      <ReviewQueue mode={admin ? "admin" : "seller"} />
    </>
  );
}
