/** Where things live: the repository, and the git-ignored `.data/` folder the launcher owns. */
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");
export const DATA_DIR = path.join(REPO_ROOT, ".data");

export const dataPath = (...parts: string[]): string => path.join(DATA_DIR, ...parts);
export const repoPath = (...parts: string[]): string => path.join(REPO_ROOT, ...parts);

/** A path as the user would type it from the repository root; outside the repository, the whole path. */
export function shortPath(absolute: string): string {
  const relative = path.relative(REPO_ROOT, absolute);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return absolute;
  return relative || ".";
}
