/**
 * One-click unsubscribe links (RFC 8058) that work without signing in: the
 * token names a user and an email topic and carries an HMAC of both under the
 * server's secret, so it can be neither forged nor turned to another user.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { EMAIL_TOPICS, type TEmailTopic } from "@traction/schemas";

const sign = (secret: string, payload: string) =>
  createHmac("sha256", `unsubscribe:${secret}`).update(payload).digest("base64url");

export function unsubscribeToken(secret: string, userId: string, topic: TEmailTopic): string {
  const payload = Buffer.from(`${userId}:${topic}`).toString("base64url");
  return `${payload}.${sign(secret, payload)}`;
}

/** The user and topic a token names, or null when it is not one we signed. */
export function readUnsubscribeToken(secret: string, token: string): { userId: string; topic: TEmailTopic } | null {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, topic] = Buffer.from(payload, "base64url").toString("utf8").split(":");
  if (!userId || !(EMAIL_TOPICS as readonly string[]).includes(topic ?? "")) return null;
  return { userId, topic: topic as TEmailTopic };
}

/** The one-click link of an email about `topic` (its page has the button; mail clients POST to it). */
export function unsubscribeUrl(secret: string, publicUrl: string, userId: string, topic: TEmailTopic): string {
  return `${publicUrl}/api/v1/email/unsubscribe?token=${unsubscribeToken(secret, userId, topic)}`;
}

/** The List-Unsubscribe headers for an email about `topic`. */
export function unsubscribeHeaders(
  secret: string,
  publicUrl: string,
  userId: string,
  topic: TEmailTopic,
): Record<string, string> {
  const url = unsubscribeUrl(secret, publicUrl, userId, topic);
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
