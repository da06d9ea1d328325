/**
 * Drops the lines before a file's header row (LinkedIn writes a "Notes:"
 * preamble above its CSV), decoding UTF-8 safely across chunks, so that the
 * CSV parser starts at the header and its records all have the header's
 * width. Gives up after `maxBytes` without a header (the rest of the input
 * is then drained and dropped, and `found` stays false).
 */
import { StringDecoder } from "node:string_decoder";
import { Transform, type TransformCallback } from "node:stream";

export class PreambleSkipper extends Transform {
  /** Lines dropped before the header: add it to the parser's line numbers to get the file's. */
  skippedLines = 0;
  found = false;
  private readonly decoder = new StringDecoder("utf8");
  private buffer = "";
  private scanned = 0;

  constructor(
    private readonly isHeader: (line: string) => boolean,
    private readonly maxBytes = 64 * 1024,
  ) {
    super({ decodeStrings: true, encoding: "utf8" });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = this.decoder.write(chunk);
    if (this.found) return done(null, text);
    if (this.scanned > this.maxBytes) return done();
    this.scanned += chunk.length;
    this.buffer += text;
    this.scan(false);
    done();
  }

  override _flush(done: TransformCallback): void {
    const rest = this.decoder.end();
    if (this.found) return done(null, rest || undefined);
    this.buffer += rest;
    this.scan(true);
    done();
  }

  private scan(atEnd: boolean): void {
    let newline: number;
    while (!this.found && ((newline = this.buffer.indexOf("\n")) >= 0 || (atEnd && this.buffer.length > 0))) {
      const end = newline >= 0 ? newline : this.buffer.length;
      const line = this.buffer
        .slice(0, end)
        .replace(/\r$/, "")
        .replace(/^\uFEFF/, "");
      if (this.isHeader(line)) {
        this.found = true;
        this.push(this.buffer.replace(/^\uFEFF/, ""));
        this.buffer = "";
        return;
      }
      this.skippedLines += 1;
      this.buffer = this.buffer.slice(end + 1);
    }
  }
}
