/**
 * Once per test run: migrate a template database with the real migrations
 * (`prisma migrate deploy`), then hand its name to the test files.
 */
import type { TestProject } from "vitest/node";
import { createDatabase, databaseUrl, dropDatabases, migrate, newRunId } from "./helpers/databases.ts";

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
  await migrate(databaseUrl(template));
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabases(runId);
  };
}
