/** Which emails a user gets (absent row: the defaults, everything on). */
import type { Database } from "@traction/db";
import type { TEmailTopic, TNotificationSettings } from "@traction/schemas";

const DEFAULTS: TNotificationSettings = { weeklyDigest: true, reminders: true };

export async function getNotificationSettings(db: Database, userId: string): Promise<TNotificationSettings> {
  const row = await db.notificationSettings.findUnique({ where: { userId }, select: { weeklyDigest: true, reminders: true } });
  return row ?? DEFAULTS;
}

export async function putNotificationSettings(
  db: Database,
  userId: string,
  settings: TNotificationSettings,
): Promise<TNotificationSettings> {
  return db.notificationSettings.upsert({
    where: { userId },
    create: { userId, ...settings },
    update: settings,
    select: { weeklyDigest: true, reminders: true },
  });
}

/** One topic off; false when the user no longer exists (a link from an old email). */
export async function unsubscribe(db: Database, userId: string, topic: TEmailTopic): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return false;
  await db.notificationSettings.upsert({
    where: { userId },
    create: { userId, ...DEFAULTS, [topic]: false },
    update: { [topic]: false },
  });
  return true;
}
