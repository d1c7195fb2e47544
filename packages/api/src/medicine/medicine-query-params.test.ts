import { describe, expect, it } from "vitest";
import { AppError } from "../app-error";
import { medicineListInput } from "./medicine.schema";
import { medicineListInputFromQuery } from "./medicine-query-params";

function badField(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("BAD_REQUEST");
    return (error as AppError).details?.field as string;
  }
  throw new Error("expected BAD_REQUEST");
}

describe("medicineListInputFromQuery", () => {
  it("maps the original API's parameters", () => {
    const input = medicineListInputFromQuery({
      search: " paracetamol ",
      category: "pain-relief",
      manufacturer: "mf_1",
      minPrice: "100",
      maxPrice: "2500",
      limit: "12",
      page: "1",
      utm_source: "mail",
    });
    expect(input).toEqual({
      search: "paracetamol",
      categorySlug: "pain-relief",
      manufacturerId: "mf_1",
      minPrice: 100,
      maxPrice: 2500,
      limit: 12,
    });
    expect(medicineListInput.parse(input)).toMatchObject({ limit: 12, search: "paracetamol" });
  });

  it("accepts URLSearchParams, arrays (first wins), q, sort aliases, rx/otc and inStock", () => {
    expect(
      medicineListInputFromQuery(new URLSearchParams("q=ibu&sort=-price&prescription=OTC&inStock=1&cursor=abc")),
    ).toEqual({ search: "ibu", sort: "price_desc", prescription: "otc", inStock: true, cursor: "abc" });
    expect(medicineListInputFromQuery({ category: ["a", "b"], sort: "price", inStock: "false" })).toEqual({
      categorySlug: "a",
      sort: "price_asc",
    });
    expect(medicineListInputFromQuery({})).toEqual({});
    expect(medicineListInputFromQuery({ search: "", category: "  " })).toEqual({});
  });

  it("clamps limit to 1..100 instead of failing old clients", () => {
    expect(medicineListInputFromQuery({ limit: "1000" }).limit).toBe(100);
    expect(medicineListInputFromQuery({ limit: "0" }).limit).toBe(1);
  });

  it("page: 1 is the first page, a cursor wins, page > 1 without a cursor is BAD_REQUEST", () => {
    expect(medicineListInputFromQuery({ page: "1" })).toEqual({});
    expect(medicineListInputFromQuery({ page: "3", cursor: "c1" })).toEqual({ cursor: "c1" });
    expect(badField(() => medicineListInputFromQuery({ page: "2" }))).toBe("page");
  });

  it("rejects invalid values with the offending field", () => {
    expect(badField(() => medicineListInputFromQuery({ minPrice: "12.50" }))).toBe("minPrice");
    expect(badField(() => medicineListInputFromQuery({ maxPrice: "-1" }))).toBe("maxPrice");
    expect(badField(() => medicineListInputFromQuery({ minPrice: "500", maxPrice: "100" }))).toBe("maxPrice");
    expect(badField(() => medicineListInputFromQuery({ sort: "popular" }))).toBe("sort");
    expect(badField(() => medicineListInputFromQuery({ prescription: "maybe" }))).toBe("prescription");
    expect(badField(() => medicineListInputFromQuery({ limit: "ten" }))).toBe("limit");
  });
});
