import type { TOrgMember } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import type { Page, PageQuery } from "../records/keyset-page.ts";
import { decodeCursor, encodeCursor } from "../records/pagination.ts";

interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: TOrgMember["role"];
  joined_at: Date;
  caseload: number;
}

/**
 * The organisation's members, newest first, each with their caseload: the
 * active coach links the organisation made for them (a coach's own clients,
 * linked by the clients' codes, are not the organisation's to count). One
 * statement; the caseload is counted by the (orgId, clientId, status) index.
 */
export async function listMembers(db: DbClient, orgId: string, query: PageQuery): Promise<Page<TOrgMember>> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.$queryRaw<MemberRow[]>`
    SELECT u.id::text AS id, u.name, u.email, m.role::text AS role, m."createdAt" AS joined_at,
           (SELECT count(*)::int FROM "CoachLink" l
             WHERE l."orgId" = m."orgId" AND l."coachId" = m."userId" AND l.status = 'ACTIVE') AS caseload
    FROM "OrgMember" m JOIN "User" u ON u.id = m."userId"
    WHERE m."orgId" = ${orgId}::uuid
      AND (${after === null} OR (m."createdAt", m."userId") < (${after?.sortValue ?? new Date(0)}, ${after?.id ?? orgId}::uuid))
    ORDER BY m."createdAt" DESC, m."userId" DESC
    LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => ({
      user: { id: row.id, name: row.name, email: row.email },
      role: row.role,
      caseload: row.caseload,
      joinedAt: row.joined_at,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.joined_at, last.id) : null,
  };
}
