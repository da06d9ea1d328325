import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fakeApi, json, problem, USER } from "../../test/fake-api.ts";
import { renderWithSession } from "../../test/render.tsx";
import { LoginForm } from "./login-form.tsx";

const signedOut = { "POST /api/v1/auth/refresh": problem(401, "No refresh cookie") };

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText("Email"), email);
  if (password) await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("LoginForm", () => {
  it("asks for both fields before calling the API", async () => {
    const api = fakeApi(signedOut);
    renderWithSession(<LoginForm />, api.client);

    await signIn("", "");

    expect(screen.getByText("Enter an email address")).toBeTruthy();
    expect(screen.getByText("Enter your password")).toBeTruthy();
    expect(api.sentTo("POST /api/v1/auth/login")).toHaveLength(0);
  });

  it("shows the API's 401 as a form error and stays signed out", async () => {
    const api = fakeApi({ ...signedOut, "POST /api/v1/auth/login": problem(401, "Email or password is incorrect") });
    renderWithSession(<LoginForm />, api.client);

    await signIn("ada@example.com", "wrong password");

    expect((await screen.findByRole("alert")).textContent).toBe("Email or password is incorrect");
    expect(screen.getByTestId("session").textContent).toBe("anonymous");
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBeNull();
  });

  it("shows the problem document's field errors next to the fields", async () => {
    const api = fakeApi({
      ...signedOut,
      "POST /api/v1/auth/login": problem(400, "The body is invalid", [
        { path: "password", message: "must be at most 128 characters" },
      ]),
    });
    renderWithSession(<LoginForm />, api.client);

    await signIn("ada@example.com", "x");

    expect(await screen.findByText("Password must be at most 128 characters")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe("");
  });

  it("signs in with what the API returns", async () => {
    const api = fakeApi({ ...signedOut, "POST /api/v1/auth/login": json(200, { user: USER, accessToken: "token-1" }) });
    renderWithSession(<LoginForm />, api.client);

    await signIn("ADA@example.com", "correct horse battery");

    await waitFor(() => expect(screen.getByTestId("session").textContent).toBe("signed in as Ada Lovelace"));
    expect(api.sentTo("POST /api/v1/auth/login")[0]?.body).toEqual({
      email: "ada@example.com",
      password: "correct horse battery",
    });
  });
});
