import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, json, problem, USER } from "../../test/fake-api.ts";
import { renderWithSession } from "../../test/render.tsx";
import { PasswordPanel, ProfilePanel } from "./profile-panels.tsx";

const signedIn = { "POST /api/v1/auth/refresh": json(200, { accessToken: "t" }), "GET /api/v1/me": json(200, USER) };

describe("ProfilePanel", () => {
  it("saves the name and a time zone chosen from the list", async () => {
    const fake = fakeApi({ ...signedIn, "PATCH /api/v1/me": json(200, { ...USER, name: "Ada King", timezone: "Europe/Paris" }) });
    renderWithSession(<ProfilePanel />, fake.client);
    const user = userEvent.setup();
    const name = await screen.findByLabelText("Name");
    await user.clear(name);
    await user.type(name, "Ada King");
    await user.selectOptions(screen.getByLabelText("Time zone"), "Europe/Paris");
    await user.click(screen.getByRole("button", { name: "Save profile" }));
    expect(await screen.findByText("Profile saved.")).toBeTruthy();
    expect(fake.sentTo("PATCH /api/v1/me").at(-1)?.body).toEqual({ name: "Ada King", timezone: "Europe/Paris" });
  }, 20_000);

  it("shows an empty name next to the field without calling the API", async () => {
    const fake = fakeApi(signedIn);
    renderWithSession(<ProfilePanel />, fake.client);
    const user = userEvent.setup();
    await user.clear(await screen.findByLabelText("Name"));
    await user.click(screen.getByRole("button", { name: "Save profile" }));
    expect(await screen.findByText(/Enter your name/)).toBeTruthy();
    expect(fake.sentTo("PATCH /api/v1/me")).toHaveLength(0);
  }, 20_000);
});

describe("PasswordPanel", () => {
  it("shows the API's refusal of the current password beside it, then changes the password", async () => {
    const fake = fakeApi({
      ...signedIn,
      "POST /api/v1/me/password": [
        problem(400, "The body is invalid", [{ path: "currentPassword", message: "This is not your current password" }]),
        new Response(null, { status: 204 }),
      ],
    });
    renderWithSession(<PasswordPanel />, fake.client);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Current password"), "wrong one");
    await user.type(screen.getByLabelText(/New password/), "a long new password");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByText(/This is not your current password/)).toBeTruthy();
    await user.clear(screen.getByLabelText("Current password"));
    await user.type(screen.getByLabelText("Current password"), "the right one");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByText(/Password changed/)).toBeTruthy();
    expect(fake.sentTo("POST /api/v1/me/password").at(-1)?.body).toEqual({
      currentPassword: "the right one",
      newPassword: "a long new password",
    });
  }, 20_000);
});
