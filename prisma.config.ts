/**
 * Prisma CLI configuration: the JavaScript (WASM) schema engine talking to
 * PostgreSQL through the `pg` driver adapter, so no Rust engine binary is ever
 * downloaded. See docs/decisions/0002-prisma-js-engine.md.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

process.env.CHECKPOINT_DISABLE ??= "1";

// The WASM engine leaves long-lived timers behind, which keeps the CLI alive for
// up to a minute after it has finished. Unref those (and only those).
for (const name of ["setTimeout", "setInterval"] as const) {
  const original = globalThis[name];
  const wrapped = ((handler: () => void, delay?: number, ...args: unknown[]) => {
    const timer = original(handler, delay, ...args);
    if ((delay ?? 0) >= 5_000 && new Error().stack?.includes("wasm://")) timer.unref();
    return timer;
  }) as typeof original;
  globalThis[name] = wrapped;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    return new PrismaPg({ connectionString, allowExitOnIdle: true });
  },
});
