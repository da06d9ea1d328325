/**
 * Issue 13 item 13 and issue 11 item 5, in the browser: every page carries the
 * dashboard's security headers (a per-request CSP nonce) and logs no CSP
 * violation; many page loads a minute keep the user signed in, a rate-limited
 * refresh is waited out, and a session that really ended lands on sign-in with
 * the reason shown.
 */
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { newAccount, registerThroughTheForm, saveScreenshots, signIn } from "./support/accounts.ts";
import { registerWithRecords } from "./support/seed.ts";
import { WEB_URL } from "./support/settings.ts";

const PAGES = [
  { path: "/", heading: "This week" },
  { path: "/log", heading: "Quick log" },
  { path: "/insights", heading: "Insights", ready: "Back-room volunteering" },
  { path: "/venues", heading: "Venues" },
  { path: "/events", heading: "Events" },
  { path: "/contacts", heading: "Contacts" },
  { path: "/meetings", heading: "One-on-ones" },
  { path: "/companies", heading: "Target companies" },
  { path: "/leads", heading: "Leads" },
  { path: "/tasks", heading: "Tasks" },
  { path: "/posts", heading: "Posts" },
  { path: "/plan", heading: "Plan" },
  { path: "/settings", heading: "Settings" },
];

/** CSP violations, as the page reports them (the event) and as Chromium logs them (the console). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return async () => [
    ...logged,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, where).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "default-src 'self'"]) {
    expect(csp, `${where}: ${directive}`).toContain(directive);
  }
  expect(csp, where).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("same-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  // The e2e dashboard runs `next start` (production).
  expect(headers["strict-transport-security"], where).toMatch(/^max-age=\d+/);
}

test("every page carries the security headers with a fresh nonce, and none logs a CSP violation", async ({ page }) => {
  test.setTimeout(240_000);
  const violations = await watchViolations(page);
  for (const path of ["/login", "/register"]) {
    const response = await page.goto(path);
    expectSecurityHeaders(response!.headers(), path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }

  const account = newAccount();
  await registerWithRecords(account);
  await signIn(page, account);
  const nonces = new Set<string>();
  for (const { path, heading, ready } of PAGES) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expectSecurityHeaders(headers, path);
    nonces.add(/'nonce-([^']+)'/.exec(headers["content-security-policy"]!)![1]!);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    if (ready) await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
  expect(nonces.size).toBe(PAGES.length);

  // The charts still draw under the policy (Recharts positions with style attributes); screenshots to look at.
  await page.goto("/insights");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await saveScreenshots(page, "csp-insights");
  await page.goto("/venues");
  await saveScreenshots(page, "csp-venues");
  expect(await violations()).toEqual([]);
});

test("a framing page cannot show the dashboard", async ({ page }) => {
  const blocked = page.waitForEvent("console", (message) => /frame-ancestors|X-Frame-Options/i.test(message.text()));
  await page.setContent(`<iframe src="${WEB_URL}/settings" title="decoy"></iframe>`);
  await blocked;
  const frame = page.frames().find((candidate) => candidate.url().startsWith(WEB_URL));
  expect(
    await frame
      ?.locator("h1")
      .count()
      .catch(() => 0),
  ).toBeFalsy();
});

test("thirty-two page loads in a row (more than 30 a minute) keep the user signed in", async ({ page }) => {
  // About 30 s on an idle machine; minutes on a loaded one.
  test.setTimeout(480_000);
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account);
  await expect(page.getByRole("heading", { name: "This week" })).toBeVisible();

  const refreshes: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/v1/auth/refresh")) refreshes.push(response.status());
  });
  const started = Date.now();
  for (let i = 0; i < 32; i += 1) {
    const { path, heading } = PAGES[i % PAGES.length]!;
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 }), `load ${i + 1}: ${path}`).toBeVisible({
      timeout: 30_000,
    });
  }
  // Timing depends on the machine (a loaded CI box is slower); the refresh budget is what is tested.
  test.info().annotations.push({ type: "page loads", description: `32 in ${((Date.now() - started) / 1000).toFixed(1)} s` });
  expect(refreshes).toHaveLength(32);
  expect(refreshes.every((status) => status === 200)).toBe(true);
});

test("a refresh answered 429 is retried after its Retry-After, and the user stays signed in", async ({ page }) => {
  test.setTimeout(90_000);
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account);
  await expect(page.getByRole("heading", { name: "This week" })).toBeVisible();

  // The API's answer when the session budget is spent (only the first refresh after this point).
  const attempts: number[] = [];
  await page.route("**/api/v1/auth/refresh", async (route) => {
    attempts.push(Date.now());
    if (attempts.length > 1) return route.continue();
    return route.fulfill({
      status: 429,
      headers: { "content-type": "application/problem+json", "retry-after": "2", ratelimit: '"session";r=0;t=2' },
      body: JSON.stringify({
        type: "urn:traction:problem:rate-limited",
        title: "Too Many Requests",
        status: 429,
        detail: 'Too many session refreshes from your network (limit "session": 300 per 60 s); try again in 2 s',
      }),
    });
  });
  await page.reload();
  await expect(page.getByRole("heading", { name: "This week" })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL("/");
  expect(attempts).toHaveLength(2);
  expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(2_000);
});

test("a session signed out elsewhere lands on sign-in with the reason; an ended one says so too", async ({ page, context }) => {
  test.setTimeout(120_000);
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account);
  await expect(page.getByRole("heading", { name: "This week" })).toBeVisible();

  // Another device with the same session signs out: the whole session is revoked.
  const cookie = (await context.cookies()).find(({ name }) => name === "traction_refresh");
  expect(cookie).toBeDefined();
  const elsewhere = await playwrightRequest.newContext({
    baseURL: WEB_URL,
    extraHTTPHeaders: { cookie: `traction_refresh=${cookie!.value}` },
  });
  expect((await elsewhere.post("/api/v1/auth/logout")).status()).toBe(204);
  await elsewhere.dispose();

  await page.goto("/contacts");
  await expect(page).toHaveURL(/\/login\?next=%2Fcontacts$/);
  await expect(page.getByRole("status")).toHaveText(
    /^You were signed out because this session was ended on another tab or device/,
  );
  await saveScreenshots(page, "login-signed-out-elsewhere");

  // Signed in again, then the cookie is gone (it expired): "Your session ended".
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
  await context.clearCookies();
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("status")).toHaveText("Your session ended — sign in again.");

  // Signing out on purpose is not news.
  await signIn(page, account);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/login");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
});
