/**
 * One example value per body, made from its JSON Schema when the zod schema
 * carries none (`.meta({ examples: [...] })` wins): the first of `examples`,
 * `const` or `enum`, else a value of the right type and format that meets the
 * length, size and item limits. The document test validates every example
 * against its schema, so a value this cannot make shows up there.
 */
type Schema = Record<string, unknown>;

const FORMATS: Record<string, string> = {
  uuid: "3f0c8f4e-6b1a-4c1e-9a57-2b8d0c4e5f61",
  date: "2026-03-02",
  "date-time": "2026-03-02T09:30:00.000Z",
  email: "ada@example.org",
  uri: "https://www.linkedin.com/in/ada-lovelace",
  url: "https://www.linkedin.com/in/ada-lovelace",
};

/** Words for a string property by its name, so examples read like real data. */
const WORDS: Record<string, string> = {
  name: "Ada Lovelace",
  title: "Engineering manager",
  company: "Analytical Engines Ltd",
  notes: "Met at the meetup; follow up next week.",
  password: "correct horse battery staple",
  timeZone: "Europe/Berlin",
  phone: "+49 30 1234567",
  detail: "The request body is invalid",
  message: "Enter a name",
  path: "name",
};

export function exampleFor(schema: unknown, components: Record<string, Schema>, property = "", depth = 0): unknown {
  if (typeof schema !== "object" || schema === null || depth > 12) return null;
  const s = schema as Schema;
  if (typeof s.$ref === "string") {
    const name = s.$ref.replace("#/components/schemas/", "");
    return exampleFor(components[name], components, property, depth + 1);
  }
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if ("example" in s) return s.example;
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  if ("default" in s && s.default !== undefined) return s.default;
  for (const key of ["anyOf", "oneOf"] as const) {
    if (Array.isArray(s[key])) {
      const branches = s[key] as Schema[];
      const branch = branches.find((candidate) => candidate.type !== "null") ?? branches[0];
      return exampleFor(branch, components, property, depth + 1);
    }
  }
  if (Array.isArray(s.allOf)) {
    return Object.assign({}, ...(s.allOf as Schema[]).map((part) => exampleFor(part, components, property, depth + 1)));
  }
  const type = Array.isArray(s.type) ? (s.type.find((candidate) => candidate !== "null") as string) : (s.type as string);
  switch (type) {
    case "object": {
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      return Object.fromEntries(
        Object.entries(properties).map(([name, child]) => [name, exampleFor(child, components, name, depth + 1)]),
      );
    }
    case "array": {
      const count = Math.max(1, Number(s.minItems ?? 1));
      return Array.from({ length: count }, () => exampleFor(s.items, components, property, depth + 1));
    }
    case "integer":
    case "number": {
      const minimum =
        typeof s.minimum === "number" ? s.minimum : typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum + 1 : 0;
      const maximum = typeof s.maximum === "number" ? s.maximum : Number.POSITIVE_INFINITY;
      return Math.min(Math.max(minimum, 1), maximum);
    }
    case "boolean":
      return true;
    case "null":
      return null;
    case "string":
      return stringExample(s, property);
    default:
      return {};
  }
}

function stringExample(s: Schema, property: string): string {
  const format = typeof s.format === "string" ? FORMATS[s.format] : undefined;
  if (format) return format;
  if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(WORDS[property] ?? "example")) {
    return patternExample(s.pattern);
  }
  const min = Number(s.minLength ?? 0);
  const max = Number(s.maxLength ?? 200);
  const words = WORDS[property] ?? "example";
  const value = words.length >= min ? words : words.padEnd(min, "x");
  return value.slice(0, max);
}

/** The few patterns the schemas use that a plain word does not match. */
function patternExample(pattern: string): string {
  for (const candidate of ["09:30", "#1d4ed8", "trk_live_0123456789abcdef", "ABCD-EFGH", "2026-03-02", "2026-W10"]) {
    if (new RegExp(pattern, "u").test(candidate)) return candidate;
  }
  return "example";
}
