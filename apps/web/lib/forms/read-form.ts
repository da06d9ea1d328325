/**
 * Reading a form's fields into the input a shared schema expects: empty text
 * is left out (so optional fields stay unset), numbers are numbers, checkboxes
 * booleans and repeated fields lists.
 */
export function text(data: FormData, name: string): string | undefined {
  const value = data.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** For a PATCH: an emptied field is `null`, which clears it. */
export function textOrNull(data: FormData, name: string): string | null {
  return text(data, name) ?? null;
}

export function number(data: FormData, name: string): number | string | undefined {
  const value = text(data, name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  // Not a number: hand the text on, so that the schema's message names the field.
  return Number.isFinite(parsed) ? parsed : value;
}

export function checked(data: FormData, name: string): boolean {
  return data.get(name) !== null;
}

export function all(data: FormData, name: string): string[] {
  return data.getAll(name).filter((value): value is string => typeof value === "string" && value !== "");
}

/** Comma- or line-separated words ("Product manager, Data analyst") as a list. */
export function words(data: FormData, name: string): string[] {
  return (text(data, name) ?? "")
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter(Boolean);
}

/** Keeps only the entries that are set, so that `{ notes: undefined }` is not sent as a field. */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
