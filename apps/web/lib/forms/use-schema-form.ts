"use client";

/**
 * Submit handling shared by the forms: read the form's fields, parse them with
 * the same zod schema the API uses, and either show the field errors or call
 * `submit` with the parsed value; an `ApiError` from `submit` shows the API's
 * field errors next to the fields. The first invalid field takes the focus.
 */
import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { ApiError } from "../api/api-error.ts";
import { fromProblem, fromZodError, NO_ERRORS, type FormErrors } from "./field-errors.ts";

export interface SchemaFormOptions {
  /** Turns the form's fields into the schema's input (numbers, booleans, lists); by default each named field's text. */
  read?: (data: FormData) => unknown;
  /** Empty the form after a successful submit (forms that create). */
  resetOnSuccess?: boolean;
}

export function useSchemaForm<S extends z.ZodType>(
  schema: S,
  fieldNames: readonly string[],
  submit: (value: z.output<S>) => Promise<void>,
  { read, resetOnSuccess = false }: SchemaFormOptions = {},
) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);

  const show = (form: HTMLFormElement, next: FormErrors) => {
    setErrors(next);
    const first = fieldNames.find((name) => next.fields[name]);
    const element = first ? form.elements.namedItem(first) : null;
    if (element instanceof HTMLElement) element.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = read ? read(data) : Object.fromEntries(fieldNames.map((name) => [name, data.get(name) ?? undefined]));
    const parsed = schema.safeParse(values);
    if (!parsed.success) return show(form, fromZodError(parsed.error));

    setErrors(NO_ERRORS);
    setPending(true);
    try {
      await submit(parsed.data);
      if (resetOnSuccess) form.reset();
    } catch (error) {
      show(
        form,
        error instanceof ApiError
          ? fromProblem(error.problem, fieldNames)
          : { fields: {}, form: "Something went wrong. Try again." },
      );
    } finally {
      setPending(false);
    }
  };

  /** Editing a field clears its error. */
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const { name } = event.target as HTMLInputElement;
    if (!errors.fields[name]) return;
    setErrors((current) => ({ ...current, fields: { ...current.fields, [name]: undefined } }));
  };

  return { errors, pending, onSubmit, onChange };
}
