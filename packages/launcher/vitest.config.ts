import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "launcher",
    include: ["src/**/*.test.ts"],
    // The embedded PostgreSQL tests run initdb and start a server.
    testTimeout: 60_000,
  },
});
