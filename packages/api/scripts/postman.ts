// Writes the Postman v2.1 collection generated from the OpenAPI document (root: `pnpm api:postman`).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderPostmanCollection } from "../src/rest/postman/build-collection";

const file = fileURLToPath(new URL("../../../docs/api/healio.postman_collection.json", import.meta.url));
writeFileSync(file, await renderPostmanCollection());
console.log(`wrote ${file}`);
