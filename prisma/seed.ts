/**
 * `pnpm db:seed`: fills an empty database with the demo accounts. Idempotent:
 * a database that already has users is left alone, so it is safe to run on
 * every start (the launcher does). Each part of the demo data is one function
 * in prisma/seed/, called here in order.
 */
import { createDatabase, type Database } from "@traction/db";
import { seedAccounts } from "./seed/accounts.ts";
import { seedCaseload } from "./seed/caseload.ts";
import { DEMO_COACH, DEMO_JOBSEEKER, DEMO_PASSWORD } from "./seed/demo-accounts.ts";
import { DEMO_ORG, seedOrganisation } from "./seed/organisation.ts";
import { seedStory } from "./seed/story.ts";

async function seed(db: Database): Promise<void> {
  const users = await db.user.count();
  if (users > 0) {
    console.log(`seed: the database already has ${users} user(s); nothing to do`);
    return;
  }
  const { jobseeker, coach } = await seedAccounts(db);
  try {
    await seedStory(db, jobseeker.id);
    const caseload = await seedCaseload(db, {
      coachId: coach.id,
      jobseekerId: jobseeker.id,
      passwordHash: jobseeker.passwordHash,
    });
    await seedOrganisation(db, {
      adminId: coach.id,
      autumnClientIds: [jobseeker.id, ...caseload],
      passwordHash: jobseeker.passwordHash,
    });
  } catch (error) {
    // Leave the database empty (it was: see above), so that the next run seeds everything again.
    await db.organisation.deleteMany();
    await db.user.deleteMany();
    throw error;
  }
  console.log(
    `seed: created the demo jobseeker ${DEMO_JOBSEEKER.email} with eight weeks of networking, ` +
      `and the demo coach ${DEMO_COACH.email} with a caseload of six clients (password ${DEMO_PASSWORD}); ` +
      `${DEMO_ORG.name} with a second coach (${DEMO_ORG.secondCoach.email}) and cohorts joined with ` +
      DEMO_ORG.cohorts.map((cohort) => `${cohort.joinCode} (${cohort.name})`).join(" and "),
  );
}

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("seed: DATABASE_URL is not set (use `pnpm start`, or set it to a postgresql:// URL)");
  process.exit(1);
}

const db = createDatabase({ connectionString, maxConnections: 2 });
try {
  await seed(db);
} finally {
  await db.$disconnect();
}
