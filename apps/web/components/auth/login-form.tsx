"use client";

import { ZLoginRequestSchema } from "@traction/schemas";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";

export function LoginForm() {
  const { login } = useSession();
  return (
    <SchemaForm
      label="Sign in"
      schema={ZLoginRequestSchema}
      fields={["email", "password"]}
      onSubmit={login}
      submitLabel="Sign in"
      pendingLabel="Signing in…"
    >
      {(errors) => (
        <>
          <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
          <TextField
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.password}
          />
        </>
      )}
    </SchemaForm>
  );
}
