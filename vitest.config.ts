import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["apps/*/vitest.config.ts", "packages/*/vitest.config.ts"],
    // Vitest's default on two cores is one worker (cores − 1), and a file spends most of its time starting
    // (importing the app, cloning its database) on one core: 880 s for 311 s of tests. Every file has its
    // own database and its own ports, so two run side by side: 587 s for the same 2,168 tests.
    maxWorkers: 2,
  },
});
