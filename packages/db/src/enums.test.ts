import { describe, expect, it } from "vitest";
import * as generated from "./generated/prisma/enums";
import * as mirrored from "./enums";

describe("@healio/db/enums", () => {
  it("mirrors every enum of the Prisma schema, value for value", () => {
    expect(Object.keys(mirrored).sort()).toEqual(Object.keys(generated).sort());
    for (const name of Object.keys(generated) as (keyof typeof generated)[]) {
      expect(mirrored[name], name).toEqual(generated[name]);
    }
  });

  it("imports nothing but itself (browser-safe)", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("./enums.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});
