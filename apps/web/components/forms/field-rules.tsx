"use client";

/**
 * The shared schema a form is validated with, handed down to its fields: each
 * text, number or select field takes its `required`, `maxLength`, `min`, `max`
 * from it by its `name` (see `inputRules`). Explicit props still win.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { z } from "zod";
import { inputRules, type InputRules } from "../../lib/forms/schema-attributes.ts";

const FieldRulesContext = createContext<z.ZodType | null>(null);

export function FieldRules({ schema, children }: { schema: z.ZodType; children: ReactNode }) {
  return <FieldRulesContext value={schema}>{children}</FieldRulesContext>;
}

export function useFieldRules(name: string): InputRules {
  const schema = useContext(FieldRulesContext);
  return schema ? inputRules(schema, name) : {};
}
