/**
 * How zod schemas become the document's JSON Schemas: fastify-type-provider-zod's
 * own override (empty union branches dropped, `Date` as a date-time string,
 * `undefined` as null in responses), plus codecs. A response is encoded with
 * its schema (`z.encode`), so what goes over the wire is a codec's *input*
 * side: `ZDateSchema` sends `YYYY-MM-DD` (`format: date`), not the `Date` it
 * holds in code. The library would describe the output side (a date-time).
 */
import { toJSONSchema, type $ZodType } from "zod/v4/core";

interface Context {
  zodSchema: $ZodType;
  jsonSchema: Record<string, unknown>;
}

/** Keywords that describe the schema rather than its values: kept when a codec's wire side replaces it. */
const ANNOTATIONS = new Set(["description", "title", "examples", "deprecated", "readOnly", "writeOnly"]);

export function zodToJsonOverride(ctx: Context & { io?: "input" | "output" }): void {
  const def = ctx.zodSchema._zod.def as { type: string; in?: $ZodType; transform?: unknown };
  const json = ctx.jsonSchema;
  if (def.type === "union" && Array.isArray(json.anyOf)) {
    json.anyOf = (json.anyOf as object[]).filter((branch) => Object.keys(branch).length > 0);
  }
  if (def.type === "date") {
    json.type = "string";
    json.format = "date-time";
  }
  if (def.type === "pipe" && def.in && typeof def.transform === "function") {
    const wire = toJSONSchema(def.in, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
    delete wire.$schema;
    for (const key of Object.keys(json)) if (!ANNOTATIONS.has(key)) delete json[key];
    Object.assign(json, wire, Object.fromEntries(Object.entries(json).filter(([key]) => ANNOTATIONS.has(key))));
  }
}
