import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, json, problem, USER } from "../../test/fake-api.ts";
import { renderWithSession } from "../../test/render.tsx";
import { RegisterForm } from "./register-form.tsx";

const signedOut = { "POST /api/v1/auth/refresh": problem(401, "No refresh cookie") };

async function fill(fields: { name?: string; email?: string; password?: string; coach?: boolean }) {
  const user = userEvent.setup();
  if (fields.name) await user.type(screen.getByLabelText("Name"), fields.name);
  if (fields.email) await user.type(screen.getByLabelText("Email"), fields.email);
  if (fields.password) await user.type(screen.getByLabelText("Password"), fields.password);
  if (fields.coach) await user.click(screen.getByRole("radio", { name: /career coach/i }));
  await user.click(screen.getByRole("button", { name: "Create account" }));
}

describe("RegisterForm", () => {
  it("validates with the shared schema before sending anything, and says what is wrong next to each field", async () => {
    const api = fakeApi(signedOut);
    renderWithSession(<RegisterForm />, api.client);

    await fill({ email: "not-an-email", password: "short" });

    const email = screen.getByLabelText("Email");
    expect(screen.getByText("Enter a name")).toBeTruthy();
    expect(screen.getByText("Enter an email address")).toBeTruthy();
    expect(screen.getByText("At least 10 characters")).toBeTruthy();
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(email.getAttribute("aria-describedby")).toBe(screen.getByText("Enter an email address").id);
    expect(document.activeElement).toBe(screen.getByLabelText("Name"));
    expect(api.sentTo("POST /api/v1/auth/register")).toHaveLength(0);
  });

  it("shows the field errors of the API's problem document next to their fields", async () => {
    const api = fakeApi({
      ...signedOut,
      "POST /api/v1/auth/register": problem(400, "The body is invalid", [
        { path: "email", message: "is on a blocklist" },
        { path: "password", message: "is too common" },
      ]),
    });
    renderWithSession(<RegisterForm />, api.client);

    await fill({ name: "Ada Lovelace", email: "ada@example.com", password: "password1234" });

    expect(await screen.findByText("Email is on a blocklist")).toBeTruthy();
    expect(screen.getByText("Password is too common")).toBeTruthy();
    expect(screen.getByLabelText("Password").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("Name").getAttribute("aria-invalid")).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText("Email"));
    expect(screen.getByTestId("session").textContent).toBe("anonymous");
  });

  it("shows a problem that names no field above the form", async () => {
    const api = fakeApi({
      ...signedOut,
      "POST /api/v1/auth/register": problem(409, "An account with this email already exists"),
    });
    renderWithSession(<RegisterForm />, api.client);

    await fill({ name: "Ada Lovelace", email: "ada@example.com", password: "correct horse battery" });

    expect((await screen.findByRole("alert")).textContent).toBe("An account with this email already exists");
  });

  it("sends the parsed request and signs the new account in", async () => {
    const api = fakeApi({
      ...signedOut,
      "POST /api/v1/auth/register": json(201, { user: { ...USER, role: "COACH" }, accessToken: "token-1" }),
    });
    renderWithSession(<RegisterForm />, api.client);

    await fill({ name: "  Ada Lovelace ", email: " Ada@Example.COM", password: "correct horse battery", coach: true });

    await waitFor(() => expect(screen.getByTestId("session").textContent).toBe("signed in as Ada Lovelace"));
    expect(api.sentTo("POST /api/v1/auth/register")[0]?.body).toEqual({
      name: "Ada Lovelace",
      email: "ada@example.com",
      password: "correct horse battery",
      role: "COACH",
    });
  });

  it("clears a field's error once the field is edited", async () => {
    const api = fakeApi(signedOut);
    renderWithSession(<RegisterForm />, api.client);

    await fill({ email: "nope" });
    expect(screen.getByText("Enter an email address")).toBeTruthy();
    await userEvent.type(screen.getByLabelText("Email"), "@example.com");

    expect(screen.queryByText("Enter an email address")).toBeNull();
    expect(screen.getByText("Enter a name")).toBeTruthy();
  });
});
