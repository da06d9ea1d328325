/**
 * The browser: Debian's Chromium (or CHROMIUM_PATH, or one Playwright already
 * has). Nothing is ever downloaded; without a browser the run stops with one
 * line saying how to install one.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumPath(): string {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ["/usr/bin/chromium", playwrightsOwn()];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (found) return found;
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` : "no Chromium found";
  console.error(`e2e: ${where}; install one with: apt-get install -y chromium`);
  process.exit(1);
}

function playwrightsOwn(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
