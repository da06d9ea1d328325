/**
 * Every page of the dashboard a signed-in user can open, as paths: the main
 * nav's sections (read from the page, so a new section is included by itself)
 * and one record page of each kind, found through the API.
 */
import { expect, type Page } from "@playwright/test";
import { API_URL } from "./settings.ts";

export const RECORD_KINDS = ["venues", "events", "contacts", "conversations", "meetings", "companies", "leads", "tasks", "posts"];

export async function apiToken(email: string, password: string): Promise<string> {
  const response = await fetch(`${API_URL}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function firstId(token: string, path: string): Promise<string | undefined> {
  const response = await fetch(`${API_URL}/api/v1/${path}${path.includes("?") ? "&" : "?"}limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) return undefined;
  const body = (await response.json()) as { data: Array<{ id?: string; client?: { id: string } }> };
  const first = body.data[0];
  return first?.id ?? first?.client?.id;
}

/** `/venues/<id>` and the like: the first record of each kind the user has. */
export async function recordPages(token: string): Promise<string[]> {
  const ids = await Promise.all(RECORD_KINDS.map(async (kind) => [kind, await firstId(token, kind)] as const));
  return ids.flatMap(([kind, id]) => (id ? [`/${kind}/${id}`] : []));
}

/** The main nav's destinations, as the signed-in user sees them (opening the phone menu if need be). */
export async function navPaths(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(nav.or(menu).first()).toBeVisible();
  if (!(await nav.isVisible())) await menu.click();
  const hrefs = await nav.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  if (await menu.isVisible()) await menu.click();
  return [...new Set(hrefs.filter((href) => href.startsWith("/")))];
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A shared, busy machine can take a while to sign in.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}

/** Waits until a page has loaded what it shows: no "Loading …" left. */
export async function settled(page: Page) {
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 5_000 });
}
