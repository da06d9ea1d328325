/**
 * Responses are serialised from their zod schemas, as before, without running
 * zod on the way out (decision 24). fastify-type-provider-zod's serializer
 * encodes every answer with `z.encode` — which validates every field, then
 * builds the wire object — and `JSON.stringify`s it; on a page of contacts
 * that was a fifth of the API's CPU. Here each response schema is compiled,
 * once per route and status, into a plain function that builds the same wire
 * object: the schema's keys in the schema's order (others dropped), codecs
 * encoded by their own `encode` (a `ZDateSchema` is `YYYY-MM-DD`, a
 * `ZTimestampSchema` an ISO instant), `null` and absent optional fields as
 * zod leaves them; then `JSON.stringify`, as before. The bytes are the same.
 *
 * What is not checked any more is that our own code hands the serializer what
 * the schema says: every API test checks each answer against the OpenAPI
 * document, and with `verify` (tests) each answer is also encoded by zod and
 * the two strings compared. A schema node this compiler does not know (a
 * union, a record, a transform …) is encoded by zod itself, as before.
 */
import type { FastifySerializerCompiler } from "fastify";
import { ResponseSerializationError } from "fastify-type-provider-zod";
import { $ZodType, safeEncode } from "zod/v4/core";

type Encode = (value: unknown) => unknown;

interface Def {
  type: string;
  innerType?: $ZodType;
  in?: $ZodType;
  out?: $ZodType;
  element?: $ZodType;
  shape?: Record<string, $ZodType>;
  catchall?: $ZodType;
  reverseTransform?: (value: unknown, payload: { value: unknown; issues: unknown[] }) => unknown;
}

const identity: Encode = (value) => value;

/** Node types whose encoded value is the value itself (validation aside). */
const AS_IS = new Set(["string", "number", "boolean", "date", "enum", "literal", "null", "unknown", "any", "bigint"]);

/** A schema node zod must encode: zod's own `encode`, failing as the library's serializer fails. */
function byZod(schema: $ZodType, where: { method: string; url: string }): Encode {
  return (value) => {
    const result = safeEncode(schema, value);
    if (result.error) throw new ResponseSerializationError(where.method, where.url, { cause: result.error });
    return result.data;
  };
}

function objectEncoder(def: Def, schema: $ZodType, where: { method: string; url: string }): Encode {
  // A catchall other than `never` (strict) passes extra keys on: zod keeps that case.
  if (def.catchall && (def.catchall._zod.def as Def).type !== "never") return byZod(schema, where);
  const fields = Object.entries(def.shape ?? {}).map(([key, field]) => [key, compileEncoder(field, where)] as const);
  return (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return byZod(schema, where)(value);
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const [key, encode] of fields) {
      const field = input[key];
      if (field !== undefined) output[key] = encode === identity ? field : encode(field);
    }
    return output;
  };
}

/** The function that turns a value of `schema`'s output type into its wire form, as `z.encode` would. */
export function compileEncoder(schema: $ZodType, where: { method: string; url: string }): Encode {
  const def = schema._zod.def as Def;
  if (AS_IS.has(def.type)) return identity;
  switch (def.type) {
    case "nullable": {
      const inner = compileEncoder(def.innerType!, where);
      return (value) => (value === null ? null : inner(value));
    }
    case "optional":
    case "default":
    case "prefault":
    case "readonly": {
      const inner = compileEncoder(def.innerType!, where);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case "array": {
      const element = compileEncoder(def.element!, where);
      return (value) => (Array.isArray(value) ? value.map((item) => element(item)) : byZod(schema, where)(value));
    }
    case "object":
      return objectEncoder(def, schema, where);
    case "pipe": {
      // A codec: its output side, then its own `encode`, then its input side — zod's backward direction.
      if (typeof def.reverseTransform !== "function") return byZod(schema, where);
      const out = compileEncoder(def.out!, where);
      const wire = compileEncoder(def.in!, where);
      const encode = def.reverseTransform;
      return (value) => {
        const payload = { value, issues: [] as unknown[] };
        const encoded = encode(out(value), payload);
        if (payload.issues.length > 0) return byZod(schema, where)(value);
        return wire(encoded);
      };
    }
    default:
      return byZod(schema, where);
  }
}

/** fastify-type-provider-zod's `resolveSchema`: a zod schema, or `{ properties: <zod schema> }`. */
function resolveSchema(schema: unknown): $ZodType {
  if (schema instanceof $ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  if (properties instanceof $ZodType) return properties;
  throw new Error(`Not a zod schema: ${JSON.stringify(schema)}`);
}

/**
 * Fastify's serializer compiler for zod response schemas. `verify`: also encode every answer with zod
 * (as the library does) and throw when the two differ in a byte — for tests.
 */
export function createSerializerCompiler({ verify = false } = {}): FastifySerializerCompiler<unknown> {
  return ({ schema: maybeSchema, method, url }) => {
    const schema = resolveSchema(maybeSchema);
    const encode = compileEncoder(schema, { method, url });
    if (!verify) return (data: unknown) => JSON.stringify(encode(data));
    return (data: unknown) => {
      const fast = JSON.stringify(encode(data));
      const result = safeEncode(schema, data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      const slow = JSON.stringify(result.data);
      if (fast !== slow) throw new Error(`${method} ${url}: the compiled serializer wrote ${fast}, zod ${slow}`);
      return fast;
    };
  };
}
