import type { Metadata } from "next";
import { Alert, PageHeader } from "@healio/ui";
import { CategoryManager } from "@/components/catalogue/categories/category-manager";
import { requireMe, serverApi } from "@/trpc/server";

export const metadata: Metadata = { title: "Categories" };
export const dynamic = "force-dynamic";

export default async function CategoriesPage() {
  const me = await requireMe();
  if (me.role === "CUSTOMER") return null;
  if (me.role !== "ADMIN") {
    return (
      <>
        <PageHeader title="Categories" />
        <Alert tone="info" title="Only administrators manage categories">
          You can put your medicines in any category from the medicine form.
        </Alert>
      </>
    );
  }
  const api = await serverApi();
  const tree = await api.category.tree();
  return (
    <>
      <PageHeader title="Categories" description="The storefront's category tree." />
      <CategoryManager initialTree={tree} />
    </>
  );
}
