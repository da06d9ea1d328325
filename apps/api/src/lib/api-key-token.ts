/**
 * API key strings: `trk_` followed by 32 random bytes written in base62
 * (43 characters, left-padded with "0"). Only their SHA-256 hash is stored.
 */
import { randomBytes } from "node:crypto";
import { sha256 } from "./tokens.ts";

export const API_KEY_PREFIX = "trk_";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** 62^43 > 2^256, so 43 characters hold any 32 bytes. */
const BODY_LENGTH = 43;
const FORMAT = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{${BODY_LENGTH}}$`);

export function base62(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString("hex") || "0"}`);
  let text = "";
  while (value > 0n) {
    text = ALPHABET[Number(value % 62n)]! + text;
    value /= 62n;
  }
  return text.padStart(BODY_LENGTH, "0");
}

export interface NewApiKey {
  /** The secret, shown to the user once. */
  key: string;
  hash: string;
  /** `trk_` and the next 4 characters: enough to tell keys apart, too little to guess one. */
  prefix: string;
}

export function newApiKey(): NewApiKey {
  const key = API_KEY_PREFIX + base62(randomBytes(32));
  return { key, hash: hashApiKey(key), prefix: key.slice(0, API_KEY_PREFIX.length + 4) };
}

export const hashApiKey = (key: string): string => sha256(key);

export const looksLikeApiKey = (token: string): boolean => token.startsWith(API_KEY_PREFIX);
export const isWellFormedApiKey = (token: string): boolean => FORMAT.test(token);
