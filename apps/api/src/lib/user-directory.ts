/**
 * Who an access token's subject is (id and role), kept in memory so that an
 * authenticated request need not read the user first. Correct across API
 * processes because PostgreSQL announces every deletion and role change on
 * `traction_user_changed` as it commits (migration user_change_notify), and
 * each process LISTENs:
 *
 * - only while the listening connection is up is anything served from memory;
 *   when it drops, everything is forgotten and reads go to the database until
 *   it is back (a notification may have been missed meanwhile);
 * - a lookup that was in flight when a notification arrived is not kept
 *   (it may have read the row before the change committed);
 * - entries also expire after a while, and the map is bounded (oldest out).
 */
import type { Database } from "@traction/db";
import type { FastifyBaseLogger } from "fastify";
import pg from "pg";
import type { TokenSubject } from "../plugins/app/auth.ts";

export const USER_CHANGED_CHANNEL = "traction_user_changed";
const RECONNECT_MS = [100, 500, 1_000, 5_000];

export interface UserDirectoryOptions {
  connectionString: string;
  /** 0 keeps nothing: every lookup reads the database. */
  maxEntries: number;
  ttlMs?: number;
}

export class UserDirectory {
  private readonly entries = new Map<string, { subject: TokenSubject; expiresAt: number }>();
  private listener: pg.Client | undefined;
  private listening = false;
  private closed = false;
  /** Moves with every notification and every reconnect: a lookup started before it is not kept. */
  private epoch = 0;
  private attempts = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly options: UserDirectoryOptions,
    private readonly log?: FastifyBaseLogger,
  ) {}

  /** Starts listening; resolves once the first attempt is over (a failure only means no caching yet). */
  async start(): Promise<void> {
    if (this.options.maxEntries > 0) await this.listen();
  }

  /** The user behind `id`, or null when there is none. */
  async find(id: string): Promise<TokenSubject | null> {
    const now = Date.now();
    const cached = this.listening ? this.entries.get(id) : undefined;
    if (cached && cached.expiresAt > now) return cached.subject;
    const epoch = this.epoch;
    const rows = await this.db.$queryRaw<TokenSubject[]>`SELECT id, role::text AS role FROM "User" WHERE id = ${id}::uuid`;
    const subject = rows[0] ?? null;
    // An unknown id is not kept: it costs nothing to keep asking, and an id is never reused.
    if (subject && this.listening && epoch === this.epoch) this.keep(id, subject, now);
    return subject;
  }

  /** Forgets one user at once in this process (the notification reaches the others). */
  forget(id: string): void {
    this.epoch += 1;
    this.entries.delete(id);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    this.stopServing();
    await this.listener?.end().catch(() => undefined);
  }

  private keep(id: string, subject: TokenSubject, now: number): void {
    this.entries.delete(id);
    this.entries.set(id, { subject, expiresAt: now + (this.options.ttlMs ?? 60_000) });
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  private stopServing(): void {
    this.listening = false;
    this.epoch += 1;
    this.entries.clear();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString });
    this.listener = client;
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.stopServing();
      if (this.closed) return;
      if (error) this.log?.warn({ err: error }, "user change notifications lost; reading users from the database");
      const delay = RECONNECT_MS[Math.min(this.attempts, RECONNECT_MS.length - 1)]!;
      this.attempts += 1;
      this.reconnectTimer = setTimeout(() => void this.listen(), delay).unref();
      client.end().catch(() => undefined);
    };
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", (message) => {
      if (message.channel === USER_CHANGED_CHANNEL && message.payload) this.forget(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${USER_CHANGED_CHANNEL}`);
      if (this.closed || this.listener !== client) return void client.end().catch(() => undefined);
      this.attempts = 0;
      this.listening = true;
    } catch (error) {
      lost(error as Error);
    }
  }
}
