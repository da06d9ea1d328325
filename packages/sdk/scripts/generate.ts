/** `pnpm --filter @traction/sdk generate`: rewrites src/generated/openapi.d.ts from the API's document. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { schemaFile, schemaSource } from "./schema.ts";

await mkdir(path.dirname(schemaFile), { recursive: true });
await writeFile(schemaFile, await schemaSource());
console.log(`SDK types written to ${schemaFile}`);
