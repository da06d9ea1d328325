/**
 * Checks answers (and examples) against an OpenAPI document with Ajv in strict
 * mode, formats included, the document's component schemas resolved by `$ref`.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

type Json = Record<string, unknown>;
interface ResponseObject {
  $ref?: string;
  headers?: Record<string, { $ref?: string; required?: boolean }>;
  content?: Record<string, { schema?: Json }>;
}
export interface DocumentShape {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>>;
  components: { schemas?: Record<string, Json>; responses?: Record<string, ResponseObject>; headers?: Json };
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const COMPONENTS_ID = "https://traction.test/openapi-components";

export class DocumentChecker {
  private readonly ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  /** Compiled once per schema object of the document (the document does not change). */
  private readonly compiled = new WeakMap<Json, ValidateFunction>();

  constructor(private readonly document: DocumentShape) {
    addFormats(this.ajv);
    // OpenAPI's own annotation keyword, next to JSON Schema's `examples`.
    this.ajv.addKeyword({ keyword: "example", schemaType: ["string", "number", "object", "array", "boolean", "null"] });
    this.ajv.addSchema({ $id: COMPONENTS_ID, $defs: this.rewrite(document.components.schemas ?? {}) });
  }

  private rewrite<T>(schema: T): T {
    return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${COMPONENTS_ID}#/$defs/`)) as T;
  }

  private resolve(response: ResponseObject): ResponseObject {
    if (!response.$ref) return response;
    return this.document.components.responses?.[response.$ref.replace("#/components/responses/", "")] ?? {};
  }

  /** Ajv's complaints about `value` against `schema` (a schema of the document), or null when it is valid. */
  validate(schema: Json, value: unknown): string | null {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(this.rewrite(schema));
      this.compiled.set(schema, validate);
    }
    if (validate(value)) return null;
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || "(body)"} ${error.message}`)
      .join("; ");
  }

  /** What is wrong with this answer, or null when the document describes it. */
  check(path: string, method: string, status: number, headers: Record<string, unknown>, payload: unknown): string | null {
    const operation = this.document.paths[path]?.[method];
    if (!operation) return `the document has no operation ${method.toUpperCase()} ${path}`;
    const declared = operation.responses?.[String(status)] ?? operation.responses?.[`${String(status)[0]}XX`];
    if (!declared) {
      return `status ${status} is not declared (declared: ${Object.keys(operation.responses ?? {}).join(", ")})`;
    }
    const response = this.resolve(declared);
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const required = header.$ref
        ? (this.document.components.headers?.[header.$ref.split("/").pop()!] as { required?: boolean })?.required
        : header.required;
      if (required && headers[name.toLowerCase()] === undefined) return `the required header ${name} is missing`;
    }
    const type = headers["content-type"];
    const contentType = (typeof type === "string" ? type : "").split(";")[0]!.trim();
    if (!response.content) {
      // Fastify sends no body with a 204 or 304, whatever the handler gave it.
      if (status === 204 || status === 304) return null;
      return payload === undefined || payload === null || payload === "" ? null : `a body was sent, none is declared`;
    }
    const media = response.content[contentType];
    if (!media) return `content type "${contentType}" is not declared (declared: ${Object.keys(response.content).join(", ")})`;
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return null; // a stream: its type is checked
    const text = payload.toString();
    let body: unknown = text;
    if (/json$/.test(contentType)) {
      try {
        body = JSON.parse(text);
      } catch {
        return `the body is not JSON: ${text.slice(0, 100)}`;
      }
    }
    const errors = this.validate(media.schema ?? {}, body);
    return errors && `the body does not match the schema: ${errors} — body: ${text.slice(0, 300)}`;
  }
}
