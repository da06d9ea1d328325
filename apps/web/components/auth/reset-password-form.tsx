"use client";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ZPasswordResetConfirmSchema } from "@traction/schemas";
import Link from "next/link";
import { useState } from "react";
import { confirmPasswordReset } from "../../lib/api/auth.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";

/** Chooses a new password from the emailed link's token, then signs in with it. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { api, login } = useSession();
  const [done, setDone] = useState(false);
  const [email, setEmail] = useState("");
  if (done) return <p role="status">Your password is changed. Signing you in…</p>;
  return (
    <SchemaForm
      label="Choose a new password"
      schema={ZPasswordResetConfirmSchema}
      fields={["token", "password"]}
      read={(data) => ({ token, password: data.get("password") })}
      onSubmit={async (input) => {
        await confirmPasswordReset(api, input);
        setDone(true);
        if (email) await login({ email, password: input.password });
      }}
      submitLabel="Set my new password"
      pendingLabel="Saving…"
    >
      {(errors) => (
        <>
          {errors.token ? (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
              {errors.token}{" "}
              <Link href="/forgot-password" className="font-medium underline">
                Ask for a new link
              </Link>
            </p>
          ) : null}
          <TextField
            name="email"
            label="Your email (to sign you in afterwards)"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            name="password"
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            maxLength={PASSWORD_MAX_LENGTH}
            hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; a few unrelated words make a strong one.`}
            error={errors.password}
          />
        </>
      )}
    </SchemaForm>
  );
}
