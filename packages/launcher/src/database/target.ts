/** The database the launcher runs against: embedded, or the server named by DATABASE_URL. */
export interface DatabaseTarget {
  url: string;
  /** One line for the summary, without the password. */
  description: string;
  /** Stops what the launcher started; a no-op for an external server. */
  stop(): Promise<void>;
}

export function externalDatabase(url: string): DatabaseTarget {
  return { url, description: `DATABASE_URL (${withoutPassword(url)})`, stop: async () => {} };
}

export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(not a valid URL)";
  }
}
