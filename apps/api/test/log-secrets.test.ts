/**
 * Issue 13, item 5: a full session of a user — register, sign in, refresh, an
 * API key's use, the calendar feed's fetch, a webhook with its signing secret,
 * sign out — with the log at its most verbose, and not one secret in it: no
 * password, access token, refresh cookie, API key, feed secret or webhook secret.
 */
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { useTestApp } from "./helpers/app.ts";
import { refreshCookieOf, uniqueEmail } from "./helpers/users.ts";
import { eventually, startReceiver, type Receiver } from "./helpers/webhook-receiver.ts";

const ctx = useTestApp();
const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

describe("the request log", () => {
  it("holds no token, key, cookie, password or feed secret after a full scenario", { timeout: 60_000 }, async () => {
    const lines: string[] = [];
    const app = await buildApp(
      { ...ctx.config, LOG_LEVEL: "trace", WEBHOOK_WORKER: "on", WEBHOOK_DISPATCH_INTERVAL_MS: 50 },
      { logStream: { write: (line: string) => void lines.push(line) } },
    );
    const secrets: string[] = [];
    try {
      await app.ready();
      const api = () => request(app.server);
      const email = uniqueEmail("logs");
      const password = "a lantern by the quay";
      secrets.push(password);

      const registered = await api()
        .post("/api/v1/auth/register")
        .send({ email, password, name: "Lou Logs", role: "JOBSEEKER" })
        .expect(201);
      secrets.push(registered.body.accessToken, refreshCookieOf(registered.headers["set-cookie"]).split("=")[1]!);
      const signedIn = await api().post("/api/v1/auth/login").send({ email, password }).expect(200);
      const cookie = refreshCookieOf(signedIn.headers["set-cookie"]);
      secrets.push(signedIn.body.accessToken, cookie.split("=")[1]!);
      const refreshed = await api().post("/api/v1/auth/refresh").set("Cookie", cookie).expect(200);
      const newCookie = refreshCookieOf(refreshed.headers["set-cookie"]);
      secrets.push(refreshed.body.accessToken, newCookie.split("=")[1]!);
      const auth = { Authorization: `Bearer ${refreshed.body.accessToken as string}` };

      const key = await api()
        .post("/api/v1/api-keys")
        .set(auth)
        .send({ name: "Sheet", scopes: ["read", "write"] })
        .expect(201);
      secrets.push(key.body.key);
      await api()
        .get("/api/v1/contacts")
        .set("Authorization", `Bearer ${key.body.key as string}`)
        .expect(200);

      const receiver = await startReceiver();
      receivers.push(receiver);
      const hook = await api()
        .post("/api/v1/webhooks")
        .set(auth)
        .send({ url: receiver.url, events: ["contact.created"] })
        .expect(201);
      secrets.push(hook.body.secret);
      await api()
        .post("/api/v1/contacts")
        .set("Authorization", `Bearer ${key.body.key as string}`)
        .send({ name: "Pat" })
        .expect(201);
      await eventually(() => receiver.received.length === 1);

      const feed = await api().post("/api/v1/calendar-feed").set(auth).expect(201);
      const feedPath = new URL(feed.body.url as string).pathname;
      const feedSecret = feedPath
        .split("/")
        .at(-1)!
        .replace(/\.ics$/, "");
      secrets.push(feedSecret);
      await api().get(feedPath).expect(200);
      await api().get(`${feedPath}?x=1`).expect(200);
      await api()
        // Another secret: its last character changed (to one it is not).
        .get(feedPath.replace(feedSecret, `${feedSecret.slice(0, -1)}${feedSecret.endsWith("A") ? "B" : "A"}`))
        .expect(404);

      await api().post("/api/v1/auth/logout").set("Cookie", newCookie).expect(204);
    } finally {
      await app.close();
    }
    const log = lines.join("");
    expect(log).toMatch(/incoming request/);
    expect(log).toMatch(/\/api\/v1\/calendar\/\[redacted\]\.ics/);
    expect(secrets.every((secret) => secret.length >= 10)).toBe(true);
    for (const secret of secrets) expect(log).not.toContain(secret);
    expect(log).not.toContain(secrets[0]!.replace(/ /g, "%20"));
    expect(log).not.toMatch(/eyJhbGciOi|trk_[A-Za-z0-9]{8}|whsec_[A-Za-z0-9]/);
  });
});
