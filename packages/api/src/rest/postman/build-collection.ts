import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { buildOpenApiDocument } from "../openapi";
import { WALKTHROUGH_VARIABLES, walkthroughFolder } from "./walkthrough";

type Converter = {
  convert(
    input: { type: "json"; data: unknown },
    options: Record<string, unknown>,
    callback: (error: unknown, result: { result: boolean; reason?: string; output: { data: Record<string, unknown> }[] }) => void,
  ): void;
};

// A root devDependency (only this generator and its test use it).
const converter = createRequire(import.meta.url)("openapi-to-postmanv2") as Converter;

/**
 * The converter invents random ids and random example answers (json-schema-faker, unseeded): ids
 * are replaced by a hash of where they sit, and saved example responses are dropped (the OpenAPI
 * reference at /api/docs shows the answers), so the committed file is stable.
 */
function stableIds(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => stableIds(v, `${path}/${i}`));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === "response" && Array.isArray(field)) {
      out[key] = [];
      continue;
    }
    out[key] =
      (key === "id" || key === "_postman_id") && typeof field === "string"
        ? createHash("sha256").update(`${path}/${key}`).digest("hex").slice(0, 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5")
        : stableIds(field, `${path}/${key}`);
  }
  return out;
}

/** Postman collection v2.1 from the OpenAPI document, plus the walkthrough folder first. */
export async function buildPostmanCollection(): Promise<Record<string, unknown>> {
  const document = buildOpenApiDocument({ serverUrl: "http://localhost:3000" });
  const converted = await new Promise<Record<string, unknown>>((resolve, reject) => {
    converter.convert(
      { type: "json", data: document },
      {
        folderStrategy: "Tags",
        parametersResolution: "Schema",
        schemaFaker: false,
        enableOptionalParameters: false,
        alwaysInheritAuthentication: true,
        includeAuthInfoInExample: false,
      },
      (error, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else if (!result.result || !result.output[0]) reject(new Error(`conversion failed: ${result.reason ?? "unknown"}`));
        else resolve(result.output[0].data);
      },
    );
  });
  const variables = [
    ...((converted.variable as { key: string }[] | undefined) ?? []),
    ...Object.entries(WALKTHROUGH_VARIABLES).map(([key, value]) => ({ key, value, type: "string" })),
    ...["adminToken", "sellerToken", "customerToken", "categoryId", "medicineId", "orderId", "bearerToken"].map((key) => ({ key, value: "", type: "string" })),
  ];
  const collection = {
    ...converted,
    item: [walkthroughFolder(), ...((converted.item as unknown[] | undefined) ?? [])],
    variable: variables.filter((v, i) => variables.findIndex((w) => w.key === v.key) === i),
  };
  return stableIds(collection, "") as Record<string, unknown>;
}

/** The file as committed (docs/api/healio.postman_collection.json). */
export async function renderPostmanCollection(): Promise<string> {
  return `${JSON.stringify(await buildPostmanCollection(), null, 2)}\n`;
}
