import { redirect } from "next/navigation";
import { catalogueHref, CATALOGUE_PARAMS, type CatalogueQuery } from "@/components/catalogue/catalogue-url";
import { firstParam, type SearchParams } from "@healio/client/search-params";

export const dynamic = "force-dynamic";

/**
 * /categories/<slug> is a readable alias of the catalogue's canonical category URL,
 * /?category=<slug> (the original API's parameter), keeping any other filters in the link.
 */
export default async function CategoryAlias({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { slug } = await params;
  const query: CatalogueQuery = {};
  const current = await searchParams;
  for (const key of CATALOGUE_PARAMS) query[key] = firstParam(current, key, 512);
  redirect(catalogueHref(query, { category: slug }));
}
