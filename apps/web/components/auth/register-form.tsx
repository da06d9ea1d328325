"use client";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ZRegisterRequestSchema, type TRole } from "@traction/schemas";
import { RadioGroup } from "../forms/radio-group.tsx";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";

const ROLE_OPTIONS: ReadonlyArray<{ value: TRole; label: string; description: string }> = [
  { value: "JOBSEEKER", label: "A jobseeker", description: "I network my way into my next job." },
  { value: "COACH", label: "A career coach", description: "I follow and support my clients." },
];

export function RegisterForm() {
  const { register } = useSession();
  return (
    <SchemaForm
      label="Create your account"
      schema={ZRegisterRequestSchema}
      fields={["name", "email", "password", "role"]}
      onSubmit={register}
      submitLabel="Create account"
      pendingLabel="Creating your account…"
    >
      {(errors) => (
        <>
          <TextField name="name" label="Name" autoComplete="name" required error={errors.name} />
          <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
          <TextField
            name="password"
            label="Password"
            type="password"
            autoComplete="new-password"
            required
            hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`}
            error={errors.password}
          />
          <RadioGroup name="role" legend="I am" options={ROLE_OPTIONS} defaultValue="JOBSEEKER" error={errors.role} />
        </>
      )}
    </SchemaForm>
  );
}
