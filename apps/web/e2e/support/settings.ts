/** What the e2e harness and the Playwright config agree on. */
import path from "node:path";

export const WEB_ROOT = path.resolve(import.meta.dirname, "../..");
export const REPO_ROOT = path.resolve(WEB_ROOT, "../..");
export const ARTIFACTS_DIR = path.join(WEB_ROOT, "e2e/artifacts");

export const API_PORT = Number(process.env.E2E_API_PORT ?? 4100);
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
export const API_URL = `http://127.0.0.1:${API_PORT}`;
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
