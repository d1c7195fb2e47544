import type { Metadata } from "next";
import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { Alert, PageHeader } from "@healio/ui";
import type { MedicineListInput } from "@healio/api/medicine/medicine.schema";
import { Breadcrumbs } from "@/components/catalogue/breadcrumbs";
import { CatalogueFilters } from "@/components/catalogue/catalogue-filters";
import { readCatalogueRequest } from "@/components/catalogue/catalogue-query";
import { catalogueHref, type CatalogueQuery } from "@/components/catalogue/catalogue-url";
import { CategoryTreeNav } from "@/components/catalogue/category-tree-nav";
import { MedicineBrowser } from "@/components/catalogue/medicine-browser";
import { PhoneSheet } from "@/components/catalogue/phone-sheet";
import { ResultSummary } from "@/components/catalogue/result-summary";
import { FlashSaleStrip, type FlashSaleStripData } from "@/components/sales/flash-sale-strip";
import type { SearchParams } from "@healio/client/search-params";
import type { MedicineListPage } from "@/trpc/types";
import { serverApi } from "@/trpc/server";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

type Api = Awaited<ReturnType<typeof serverApi>>;

/** Breadcrumbs of the category filter; null for an unknown slug (the list is then empty). */
async function crumbsOf(api: Api, slug: string | undefined) {
  if (!slug) return null;
  try {
    return await api.category.breadcrumbs({ slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

/** The first page; a stale or tampered cursor (or other refused input) falls back to page one. */
type ListInput = NonNullable<MedicineListInput>;

async function firstPageOf(api: Api, input: ListInput, problems: string[]): Promise<{ page: MedicineListPage; input: ListInput }> {
  try {
    return { page: await api.medicine.list(input), input };
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") throw error;
    problems.push(input.cursor ? "That page link has expired: showing the first page." : "Some filters in the link were not valid and were ignored.");
    const fallback: ListInput = input.cursor ? { ...input, cursor: undefined } : { search: input.search };
    return { page: await api.medicine.list(fallback), input: fallback };
  }
}

/** The flash-sale strip of the plain home page; a failure only hides the strip. */
async function stripOf(api: Api, home: boolean): Promise<FlashSaleStripData | null> {
  if (!home) return null;
  try {
    return await api.sale.strip();
  } catch (error) {
    console.error("Could not load the flash-sale strip", error);
    return null;
  }
}

/** Manufacturers for the filter (by name); a failure only hides the options. */
async function manufacturersOf(api: Api) {
  try {
    return (await api.manufacturer.list({ limit: 100 })).items;
  } catch (error) {
    console.error("Could not load manufacturers for the catalogue filter", error);
    return [];
  }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { input } = readCatalogueRequest(await searchParams);
  if (input.search) return { title: `Search results for “${input.search}”` };
  if (input.categorySlug) {
    const crumbs = await crumbsOf(await serverApi(), input.categorySlug);
    const name = crumbs?.at(-1)?.name;
    if (name) return { title: name, description: `${name}: genuine medicines from licensed pharmacies, delivered to your door.` };
  }
  return {};
}

/** " (2 active)" when filters narrow the list, for the phone's collapsed filter button. */
function activeFilters(query: CatalogueQuery): string | undefined {
  const n = [query.manufacturer, query.minPrice || query.maxPrice, query.prescription, query.inStock].filter(Boolean).length;
  return n > 0 ? ` (${n} active)` : undefined;
}

export default async function CataloguePage({ searchParams }: Props) {
  const request = readCatalogueRequest(await searchParams);
  const { query, problems } = request;
  const api = await serverApi();
  // The strip belongs to the plain home page, not to searches, categories or filtered lists.
  const home = Object.keys(query).length === 0;
  const [tree, first, manufacturers, crumbs, strip] = await Promise.all([
    api.category.tree(),
    firstPageOf(api, request.input, problems),
    manufacturersOf(api),
    crumbsOf(api, request.input.categorySlug),
    stripOf(api, home),
  ]);
  const { page, input } = first;
  const category = crumbs?.at(-1);
  const search = input.search;
  if (input.categorySlug && !category) problems.push("That category does not exist.");

  const title = search ? `Results for “${search}”` : category ? category.name : "Medicines";
  const description = search
    ? category
      ? `Searching in ${category.name} and its subcategories.`
      : "Searching all medicines by name, generic name and manufacturer."
    : "Genuine medicines from licensed pharmacies, delivered to your door.";

  return (
    <>
      <PageHeader
        eyebrow={
          crumbs ? (
            <Breadcrumbs
              crumbs={[
                { name: "All medicines", href: catalogueHref(query, { category: undefined }) },
                ...crumbs.map((c) => ({ name: c.name, href: catalogueHref(query, { category: c.slug }) })),
              ]}
            />
          ) : undefined
        }
        title={title}
        description={description}
      />
      {strip ? <FlashSaleStrip strip={strip} /> : null}
      <div className="catalogue">
        <PhoneSheet label="Categories" summary={category ? `: ${category.name}` : undefined}>
          <CategoryTreeNav tree={tree} active={category?.slug} query={query} />
        </PhoneSheet>
        <section aria-labelledby="catalogue-heading" className="hl-stack">
          <h2 id="catalogue-heading" className="hl-visually-hidden">
            Catalogue
          </h2>
          {problems.length > 0 ? (
            <Alert tone="warning" title="Some of the link was not understood">
              <ul className="catalogue-problems">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <PhoneSheet label="Filters and sort" summary={activeFilters(query)}>
            <CatalogueFilters key={`filters:${JSON.stringify(query)}`} query={query} manufacturers={manufacturers} sort={page.sort} />
          </PhoneSheet>
          {input.cursor ? (
            <p className="hl-small">
              You are viewing a later page. <Link href={catalogueHref(query)}>Back to the first page</Link>
            </p>
          ) : null}
          <ResultSummary page={page} query={query} />
          <MedicineBrowser key={`list:${JSON.stringify(input)}`} initialPage={page} input={input} />
          {page.nextCursor ? (
            <noscript>
              <p className="load-more">
                <a href={catalogueHref(query, { cursor: page.nextCursor })}>Next page</a>
              </p>
            </noscript>
          ) : null}
        </section>
      </div>
    </>
  );
}
