/**
 * The HTML attributes a form's input takes from the shared zod schema of the
 * record it edits: `required` for a field the schema needs, `maxLength` and
 * `minLength` for text, `min` and `max` for numbers. One place reads them, so
 * an input can never allow more than the API accepts.
 */
import type { z } from "zod";

export interface InputRules {
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
}

interface Inspectable {
  _zod: { optin?: string; def: { type: string; innerType?: Inspectable; in?: Inspectable; shape?: Record<string, Inspectable> } };
  maxLength?: number | null;
  minLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
}

/** Through `optional`, `nullable`, `default` and codecs (a date's wire form) to the schema that holds the checks. */
function core(schema: Inspectable): Inspectable {
  const { def } = schema._zod;
  if (def.innerType) return core(def.innerType);
  if (def.type === "pipe" && def.in) return core(def.in);
  return schema;
}

const finite = (value: number | null | undefined) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** The rules of one field of an object schema (a field it does not have gets none). */
export function inputRules(schema: z.ZodType, field: string): InputRules {
  const shape = core(schema)._zod.def.shape;
  const fieldSchema = shape?.[field];
  if (!fieldSchema) return {};
  const inner = core(fieldSchema);
  const rules: InputRules = {
    required: fieldSchema._zod.optin !== "optional" || undefined,
    maxLength: finite(inner.maxLength),
    // A required text's `min(1)` is what `required` says; longer minimums are worth their own attribute.
    minLength: (inner.minLength ?? 0) > 1 ? finite(inner.minLength) : undefined,
    min: finite(inner.minValue),
    max: finite(inner.maxValue),
  };
  return Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined));
}
