-- What the coach roster shows of each client, kept so that a caseload of
-- thousands is ordered, searched, filtered and paged by one SQL statement.
--
-- A row is the client's score as computed from their insights over the
-- default period (services/coaching/roster-scores.ts), and says what it was
-- computed for: the client's data version (see migration data_versions), their
-- time zone and the day it was "today" there, [dayStart, dayEnd). It is used
-- only while all three are still current; otherwise the roster recomputes the
-- stale clients together and replaces their rows before answering. Rows are
-- per client, shared by every coach linked to them.
CREATE TABLE "RosterScore" (
    "clientId" UUID NOT NULL,
    "version" BIGINT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "dayStart" TIMESTAMPTZ(3) NOT NULL,
    "dayEnd" TIMESTAMPTZ(3) NOT NULL,
    "healthScore" INTEGER,
    "flags" TEXT[],
    "lastActivityOn" DATE,
    "targets" JSONB NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterScore_pkey" PRIMARY KEY ("clientId")
);

ALTER TABLE "RosterScore" ADD CONSTRAINT "RosterScore_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
