-- Each client's health week by week, so that an organisation sees a cohort's
-- health distribution over time (GET /orgs/:orgId/cohorts/:cohortId/health).
--
-- A row is the client's insights' health score over the 28 days ending on the
-- Sunday of the week that starts on "weekStart" (a Monday in their time
-- zone), with its band and flags: what the roster showed at the end of that
-- week. The health history job writes the weeks that have ended for every
-- actively enrolled client, and fills the weeks missing (a new enrolment, the
-- first deploy) by computing them for that past period; it inserts with
-- ON CONFLICT DO NOTHING, so two API processes running it at once write each
-- week once. Rows are never updated. The primary key serves the job's look
-- for missing weeks; the cohort's reading (its clients' rows over a range of
-- weeks) is an index-only scan of "HealthSnapshot_history_idx", which also
-- holds the score and band: a client's weeks are written a week apart, each
-- on another heap page, and reading them from the heap cost 2-3 times as much.
CREATE TYPE "HealthStatus" AS ENUM ('HEALTHY', 'NEEDS_NUDGE', 'STUCK', 'NOT_ENOUGH_DATA');

CREATE TABLE "HealthSnapshot" (
    "clientId" UUID NOT NULL,
    "weekStart" DATE NOT NULL,
    "healthScore" INTEGER,
    "status" "HealthStatus" NOT NULL,
    "flags" TEXT[],
    "timeZone" TEXT NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HealthSnapshot_pkey" PRIMARY KEY ("clientId", "weekStart")
);

ALTER TABLE "HealthSnapshot" ADD CONSTRAINT "HealthSnapshot_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "HealthSnapshot_history_idx" ON "HealthSnapshot"("clientId", "weekStart", "healthScore", "status");
