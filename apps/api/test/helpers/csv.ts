/** A strict RFC 4180 reader for tests: what the API writes must read back to the same fields. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === "") {
      const end = closingQuote(text, i + 1);
      field = text.slice(i + 1, end).replaceAll('""', '"');
      i = end + 1;
      if (i < text.length && text[i] !== "," && !text.startsWith("\r\n", i)) throw new Error(`text after a quoted field at ${i}`);
    } else if (char === ",") {
      fields.push(field);
      field = "";
      i += 1;
    } else if (text.startsWith("\r\n", i)) {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = "";
      i += 2;
    } else if (char === '"' || char === "\r" || char === "\n") {
      throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
    } else {
      field += char;
      i += 1;
    }
  }
  if (field !== "" || fields.length > 0) throw new Error("last record not ended by CRLF");
  return records;
}

/** The index of the quote that closes a quoted field starting at `from` (doubled quotes are content). */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i += 1;
    else return i;
  }
  throw new Error("unterminated quoted field");
}
