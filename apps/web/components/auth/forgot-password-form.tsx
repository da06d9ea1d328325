"use client";

import { ZPasswordResetRequestSchema } from "@traction/schemas";
import { useState } from "react";
import { requestPasswordReset } from "../../lib/api/auth.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";

/** Asks for a reset link; says the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const { api } = useSession();
  const [sent, setSent] = useState<string | null>(null);
  if (sent) {
    return (
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
        {sent}
      </p>
    );
  }
  return (
    <SchemaForm
      label="Reset your password"
      schema={ZPasswordResetRequestSchema}
      fields={["email"]}
      onSubmit={async (input) => setSent((await requestPasswordReset(api, input)).detail)}
      submitLabel="Email me a link"
      pendingLabel="Sending…"
    >
      {(errors) => <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />}
    </SchemaForm>
  );
}
