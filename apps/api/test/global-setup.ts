/**
 * Once per test run: migrate a template database with the real migrations
 * (`prisma migrate deploy`), then hand its name to the test files.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { createDatabase, databaseUrl, dropDatabases, newRunId } from "./helpers/databases.ts";

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, "../../..");

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const runId = newRunId();
  await dropDatabases(runId);
  const template = `${runId}_template`;
  await createDatabase(template);
  await run(path.join(repoRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl(template), CHECKPOINT_DISABLE: "1" },
  });
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabases(runId);
  };
}
