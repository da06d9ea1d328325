/** `pnpm screenshots`: the e2e stack with the demo accounts, and a PNG of every page (see e2e/screenshots). */
import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";

export default defineConfig({
  ...base,
  testDir: "e2e/screenshots",
  testMatch: "**/*.shot.ts",
  globalSetup: "./e2e/screenshots/setup.ts",
  reporter: "list",
});
