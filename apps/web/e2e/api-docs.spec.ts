/**
 * The API's interactive reference (/docs on the API): it shows Traction's name
 * and version, loads without a console error (a CSP violation is one), and
 * "Try it" calls the API with an API key.
 */
import { expect, test } from "@playwright/test";
import { newAccount } from "./support/accounts.ts";
import { API_URL } from "./support/settings.ts";

async function call<T>(path: string, body: object, token?: string): Promise<T> {
  const response = await fetch(`${API_URL}/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

test("/docs shows Traction, loads cleanly, and tries an operation with an API key", async ({ page }) => {
  // Swagger UI reads and renders the whole document (~1 MB) before showing anything: over 10 s, and the
  // whole test over 30 s, when the other worker runs axe beside it on two cores (two runs failed so,
  // each with the page drawn right after).
  test.setTimeout(90_000);
  const account = newAccount();
  const { accessToken } = await call<{ accessToken: string }>("/auth/register", { ...account, role: "JOBSEEKER" });
  const { key } = await call<{ key: string }>("/api-keys", { name: "docs", scopes: ["read"] }, accessToken);
  await call("/contacts", { name: "Grace Hopper" }, accessToken);

  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));

  await page.goto(`${API_URL}/docs`);
  await expect(page).toHaveTitle(/^Traction API \d+\.\d+\.\d+ — reference$/);
  await expect(page.locator(".info .title")).toContainText("Traction API", { timeout: 45_000 });
  await expect(page.locator(".topbar img")).toHaveAttribute("src", /^data:image\/svg\+xml/);

  await page.getByRole("button", { name: "Authorize" }).first().click();
  await page.locator(".modal-ux input").fill(key);
  await page.locator(".modal-ux").getByRole("button", { name: "Apply credentials" }).click();
  await page.locator(".modal-ux").getByRole("button", { name: "Close" }).click();

  // The reference renders the operations of a long document as you scroll; the filter finds one at once.
  await page.locator(".operation-filter-input").fill("contacts");
  const operation = page.locator("#operations-contacts-listContacts");
  await operation.locator(".opblock-summary-control").click();
  await operation.getByRole("button", { name: "Try it out" }).click();
  await operation.getByRole("button", { name: "Execute" }).click();
  const answer = operation.locator(".live-responses-table tbody .response");
  await expect(answer.locator(".response-col_status")).toHaveText("200");
  await expect(answer.locator(".response-col_description")).toContainText("Grace Hopper");
  await expect(operation.locator(".curl")).toContainText(`Authorization: Bearer ${key}`);

  expect(problems).toEqual([]);
});
