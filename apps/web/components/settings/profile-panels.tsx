"use client";

/** Account settings: the name and time zone (`PATCH /me`), and the password (`POST /me/password`). */
import { ZChangePasswordSchema, ZUpdateMeSchema, type TUser } from "@traction/schemas";
import type { z } from "zod";
import { useMemo, useState } from "react";
import { changePassword, updateMe } from "../../lib/api/account.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { Panel } from "../ui/panel.tsx";

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set(["UTC", current, browserZone(), ...zones])].sort((a, b) => a.localeCompare(b));
}

function Saved({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message && <p className="mb-3 text-sm font-medium text-emerald-800">{message}</p>}
    </div>
  );
}

export function ProfilePanel() {
  const { api, state, setUser } = useSession();
  if (state.status !== "authenticated") return null;
  return <ProfileForm user={state.user} save={async (value) => setUser(await updateMe(api, value))} />;
}

function ProfileForm({ user, save }: { user: TUser; save: (value: z.output<typeof ZUpdateMeSchema>) => Promise<void> }) {
  const [saved, setSaved] = useState<string | null>(null);
  const browser = browserZone();
  // An account still on the default (UTC) is offered the browser's zone.
  const suggested = user.timezone === "UTC" && browser !== "UTC" ? browser : user.timezone;
  const options = useMemo(
    () => timeZones(user.timezone).map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })),
    [user.timezone],
  );
  return (
    <Panel title="Your profile" description="Your weeks start on Monday in your time zone; “today” and “this week” follow it.">
      <Saved message={saved} />
      <SchemaForm
        label="Your profile"
        schema={ZUpdateMeSchema}
        fields={["name", "timezone", "email"]}
        read={(data) => {
          const raw = data.get("email");
          const email = typeof raw === "string" ? raw.trim() : "";
          // The address is sent only when it changes: a new one needs confirming.
          return {
            name: data.get("name"),
            timezone: data.get("timezone"),
            ...(email.toLowerCase() === user.email ? {} : { email }),
          };
        }}
        submitLabel="Save profile"
        pendingLabel="Saving…"
        className="grid gap-4 sm:grid-cols-2"
        onSubmit={async (value) => {
          await save(value);
          setSaved(
            value.email
              ? `Profile saved. We sent a link to ${value.email}: your account uses it once you open the link.`
              : "Profile saved.",
          );
        }}
      >
        {(errors) => (
          <>
            <TextField
              name="name"
              label="Name"
              defaultValue={user.name}
              maxLength={120}
              required
              autoComplete="name"
              error={errors.name}
            />
            <TextField
              name="email"
              label="Email"
              type="email"
              defaultValue={user.email}
              autoComplete="email"
              hint="A new address is used once you confirm it from the email we send there."
              error={errors.email}
            />
            <SelectField
              name="timezone"
              label="Time zone"
              options={options}
              defaultValue={suggested}
              hint={suggested === user.timezone ? undefined : `Your account uses ${user.timezone}; your browser says ${browser}.`}
              error={errors.timezone}
            />
          </>
        )}
      </SchemaForm>
    </Panel>
  );
}

export function PasswordPanel() {
  const { api } = useSession();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Panel title="Password" description="Changing it signs you out everywhere else.">
      <Saved message={saved} />
      <SchemaForm
        label="Change your password"
        schema={ZChangePasswordSchema}
        fields={["currentPassword", "newPassword"]}
        resetOnSuccess
        submitLabel="Change password"
        pendingLabel="Changing…"
        className="grid gap-4 sm:grid-cols-2"
        onSubmit={async (value) => {
          await changePassword(api, value);
          setSaved("Password changed. Your other sessions are signed out.");
        }}
      >
        {(errors) => (
          <>
            <TextField
              name="currentPassword"
              type="password"
              label="Current password"
              autoComplete="current-password"
              required
              error={errors.currentPassword}
            />
            <TextField
              name="newPassword"
              type="password"
              label="New password"
              autoComplete="new-password"
              minLength={10}
              maxLength={128}
              required
              hint="10 to 128 characters."
              error={errors.newPassword}
            />
          </>
        )}
      </SchemaForm>
    </Panel>
  );
}
