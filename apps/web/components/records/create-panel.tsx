"use client";

import type { ReactNode } from "react";
import type { z } from "zod";
import type { FieldErrors } from "../../lib/forms/field-errors.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { Panel } from "../ui/panel.tsx";

interface CreatePanelProps<S extends z.ZodType> {
  title: string;
  description?: string;
  schema: S;
  fields: readonly string[];
  read: (data: FormData) => unknown;
  onSubmit: (value: z.output<S>) => Promise<void>;
  submitLabel: string;
  /** A grid for wide forms above a board; stacked by default. */
  className?: string;
  children: (errors: FieldErrors) => ReactNode;
}

/** The panel that adds a record: a shared-schema form that empties itself after each create. */
export function CreatePanel<S extends z.ZodType>({ title, description, className, children, ...form }: CreatePanelProps<S>) {
  return (
    <Panel title={title} description={description}>
      <SchemaForm
        label={title}
        resetOnSuccess
        pendingLabel="Adding…"
        className={className ?? "space-y-4"}
        wideSubmit={!className}
        {...form}
      >
        {children}
      </SchemaForm>
    </Panel>
  );
}
