/**
 * Gives a test file a real app on its own clone of the migrated template.
 * Call `useTestApp()` at the top of a file; it builds in beforeAll and tears
 * down (app, pool, database) in afterAll.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, inject } from "vitest";
import { buildApp } from "../../src/app.ts";
import { loadConfig, type Config } from "../../src/env.ts";
import { createDatabase, databaseUrl, dropDatabase } from "./databases.ts";

export interface TestContext {
  app: FastifyInstance;
  config: Config;
  databaseUrl: string;
}

export function testConfig(database: string, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: databaseUrl(database),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    JWT_SECRET: "test-secret-that-is-long-enough-for-hs256-0123456789",
    AUTH_RATE_LIMIT_PER_IP: "10000",
    AUTH_RATE_LIMIT_PER_EMAIL: "1000",
    ...overrides,
  });
}

export function useTestApp(overrides: Record<string, string> = {}): TestContext {
  const context = {} as TestContext;
  const database = `${inject("templateDatabase").replace(/_template$/, "")}_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    await createDatabase(database, inject("templateDatabase"));
    context.config = testConfig(database, overrides);
    context.databaseUrl = context.config.DATABASE_URL;
    context.app = await buildApp(context.config);
    await context.app.ready();
  });

  afterAll(async () => {
    await context.app?.close();
    await dropDatabase(database);
  });

  return context;
}
