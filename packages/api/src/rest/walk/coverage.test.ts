import { describe, expect, it } from "vitest";
import { REST_ROUTES } from "../routes";
import { WALKED } from "./walked-routes";

// Each walk file proves it called exactly its declared routes (harness.ts); here the declarations
// of all files together must name every route of the table, and nothing that is not one.
describe("REST walk coverage", () => {
  it("every route of the table is walked by some file", () => {
    const all = REST_ROUTES.map((r) => `${r.method} ${r.path}`);
    const walked = new Set<string>(Object.values(WALKED).flat());
    expect(all.filter((r) => !walked.has(r))).toEqual([]);
    expect([...walked].filter((r) => !all.includes(r))).toEqual([]);
  });
});
