/**
 * The committed types are the API's: regenerating them from the document the
 * API writes now gives the same file. When this fails, the API changed: run
 * `pnpm --filter @traction/sdk generate` and commit src/generated/openapi.d.ts.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { schemaFile, schemaSource } from "../scripts/schema.ts";

describe("src/generated/openapi.d.ts", () => {
  it("is what openapi-typescript generates from the API's document today", async () => {
    const committed = await readFile(schemaFile, "utf8");
    const generated = await schemaSource();
    // The text itself, not a diff of 11,000 lines: say which lines differ first.
    const committedLines = committed.split("\n");
    const generatedLines = generated.split("\n");
    const first = generatedLines.findIndex((line, index) => line !== committedLines[index]);
    expect(
      committed === generated,
      `out of date from line ${first + 1}: run \`pnpm --filter @traction/sdk generate\`\n` +
        `committed: ${committedLines[first]}\ngenerated: ${generatedLines[first]}`,
    ).toBe(true);
  });
});
