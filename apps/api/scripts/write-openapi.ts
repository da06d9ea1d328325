/**
 * Writes the OpenAPI document to a file (default `dist/openapi.json`) without
 * a database or a server: the app is built with a placeholder configuration
 * (nothing connects until a request comes), asked for its document, and closed.
 * `pnpm lint` lints the file with Redocly; the SDK is generated from it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/env.ts";

const target = resolve(process.argv[2] ?? new URL("../dist/openapi.json", import.meta.url).pathname);
const app = await buildApp(
  loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATABASE_URL: "postgresql://openapi@127.0.0.1:1/none",
    ...(process.env.PUBLIC_URL ? { PUBLIC_URL: process.env.PUBLIC_URL } : {}),
  }),
);
await app.ready();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
console.log(`OpenAPI document written to ${target}`);
