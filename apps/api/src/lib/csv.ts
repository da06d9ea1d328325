/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF; a field holding
 * a comma, a double quote, CR or LF is wrapped in double quotes, with each
 * inner double quote doubled. Everything else is written as is (UTF-8).
 */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * User text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab
 * or CR first) gets a leading apostrophe, which spreadsheets show as text
 * (OWASP's CSV injection advice). Typed numbers are not text and stay as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(",");
}

/** A header and its rows, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows].map((fields) => `${csvRecord(fields)}\r\n`).join("");
}
