import { defineConfig } from "vitest/config";

export default defineConfig({
  // No React plugin needed: Vite 8 transforms JSX with Oxc (tsconfig says "preserve" for Next, so say "automatic" here).
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    name: "web",
    environment: "jsdom",
    include: ["components/**/*.test.{ts,tsx}", "lib/**/*.test.{ts,tsx}"],
    setupFiles: ["./test/setup.ts"],
  },
});
