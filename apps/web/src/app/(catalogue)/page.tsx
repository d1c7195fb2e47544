import type { Metadata } from "next";
import { medicineSortSchema } from "@healio/api";
import { PageHeader } from "@healio/ui";
import { CatalogueFilters } from "@/components/catalogue-filters";
import { CategoryNav, findCategory } from "@/components/category-nav";
import { MedicineBrowser, type MedicineListFilters } from "@/components/medicine-browser";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { serverApi } from "@/trpc/server";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 24;

type Props = { searchParams: Promise<SearchParams> };

/** Query string -> list filters; anything unknown or malformed is ignored rather than an error. */
function filtersFrom(params: SearchParams): MedicineListFilters {
  const sort = medicineSortSchema.safeParse(firstParam(params, "sort"));
  const type = firstParam(params, "type");
  return {
    search: firstParam(params, "search", 100),
    categorySlug: firstParam(params, "category"),
    sort: sort.success ? sort.data : undefined,
    prescription: type === "rx" || type === "otc" ? type : undefined,
    inStock: firstParam(params, "inStock") === "1" ? true : undefined,
  };
}

/** The filters other than the category, as query parameters (category links carry them over). */
function keepParams(filters: MedicineListFilters): Record<string, string> {
  const keep: Record<string, string> = {};
  if (filters.search) keep.search = filters.search;
  if (filters.sort) keep.sort = filters.sort;
  if (filters.prescription) keep.type = filters.prescription;
  if (filters.inStock) keep.inStock = "1";
  return keep;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const search = firstParam(await searchParams, "search", 100);
  return search ? { title: `Search results for “${search}”` } : {};
}

export default async function HomePage({ searchParams }: Props) {
  const filters = filtersFrom(await searchParams);
  const { search, categorySlug } = filters;

  const api = await serverApi();
  const [tree, firstPage] = await Promise.all([
    api.category.tree(),
    api.medicine.list({ ...filters, limit: PAGE_SIZE }),
  ]);
  const category = categorySlug ? findCategory(tree, categorySlug) : undefined;

  const title = search ? `Results for “${search}”` : category ? category.name : "Medicines";
  const description = search
    ? category
      ? `Searching in ${category.name}.`
      : "Searching all medicines by name, generic name and manufacturer."
    : "Genuine medicines from licensed pharmacies, delivered to your door.";

  return (
    <>
      <PageHeader title={title} description={description} />
      <div className="catalogue">
        <CategoryNav tree={tree} active={categorySlug} keep={keepParams(filters)} />
        <section aria-labelledby="catalogue-heading">
          <h2 id="catalogue-heading" className="hl-visually-hidden">
            Catalogue
          </h2>
          <CatalogueFilters value={{ ...filters, inStock: filters.inStock ?? false }} />
          <MedicineBrowser key={JSON.stringify(filters)} initialPage={firstPage} filters={filters} pageSize={PAGE_SIZE} />
        </section>
      </div>
    </>
  );
}
