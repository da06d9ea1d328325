import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { PreambleSkipper } from "./skip-preamble.ts";

const isHeader = (line: string) => line.startsWith("First Name,");

async function run(chunks: Buffer[], maxBytes?: number) {
  const skipper = new PreambleSkipper(isHeader, maxBytes);
  const output = await text(Readable.from(chunks).pipe(skipper));
  return { output, skippedLines: skipper.skippedLines, found: skipper.found };
}

/** Every way to cut `input` in two, including inside a multi-byte character. */
function splits(input: string): Buffer[][] {
  const bytes = Buffer.from(input, "utf8");
  return Array.from({ length: bytes.length + 1 }, (_, at) => [bytes.subarray(0, at), bytes.subarray(at)]);
}

describe("PreambleSkipper", () => {
  const file = '\uFEFFNotes:\r\n"Some emails are missing, see ÉCRAN"\r\n\r\nFirst Name,Last Name\r\nZoë,Łukasiewicz\r\n';

  it("drops the lines before the header, wherever the chunks are cut", async () => {
    for (const chunks of splits(file)) {
      expect(await run(chunks)).toEqual({ output: "First Name,Last Name\r\nZoë,Łukasiewicz\r\n", skippedLines: 3, found: true });
    }
  });

  it("passes a file that starts with its header through unchanged (less a BOM)", async () => {
    expect(await run([Buffer.from("\uFEFFFirst Name,Last Name\nA,B")])).toEqual({
      output: "First Name,Last Name\nA,B",
      skippedLines: 0,
      found: true,
    });
  });

  it("finds a header on the last line without a line break", async () => {
    expect((await run([Buffer.from("Notes:\nFirst Name,Last Name")])).found).toBe(true);
  });

  it("outputs nothing for a file without the header, and gives up after maxBytes", async () => {
    expect(await run([Buffer.from("name,email\nPat,pat@example.com\n")])).toEqual({ output: "", skippedLines: 2, found: false });
    const long = Array.from({ length: 50 }, () => Buffer.from(`${"x".repeat(99)}\n`));
    const result = await run([...long, Buffer.from("First Name,Last Name\n")], 1_000);
    expect(result.found).toBe(false);
    expect(result.output).toBe("");
  });
});
