/**
 * Organisations (career centres): members, emailed invitations, cohorts with
 * join codes, jobseekers' enrolments (their consent), the organisation's
 * client roster with coach assignment, and cohort benchmarks.
 */
import { z } from "zod";
import { ZEmailSchema } from "./auth.ts";
import { ZPersonSchema } from "./coaches.ts";
import { ZDateSchema, ZIdSchema, ZPaginationQuerySchema, ZQueryBooleanSchema, ZTimestampSchema, listOf } from "./common.ts";
import { HEALTH_STATUSES, ZFlagSchema, ZInsightsQuerySchema, ZInsightsSchema, type THealthStatus } from "./insights.ts";
import { text } from "./text.ts";

export const ORG_ROLES = ["ADMIN", "COACH"] as const;
export const ZOrgRoleSchema = z.enum(ORG_ROLES);
export type TOrgRole = z.infer<typeof ZOrgRoleSchema>;

export const ENROLMENT_STATUSES = ["ACTIVE", "LEFT"] as const;
export const ZEnrolmentStatusSchema = z.enum(ENROLMENT_STATUSES);
export type TEnrolmentStatus = z.infer<typeof ZEnrolmentStatusSchema>;

const ZOrgNameSchema = text().trim().min(1).max(120);

// Organisations and members --------------------------------------------------------

export const ZCreateOrgSchema = z.strictObject({ name: ZOrgNameSchema });
export type TCreateOrg = z.input<typeof ZCreateOrgSchema>;

export const ZOrgSchema = z
  .object({
    id: ZIdSchema,
    name: text(),
    role: ZOrgRoleSchema.meta({ description: "The caller's role in the organisation." }),
    createdAt: ZTimestampSchema,
  })
  .meta({ id: "Organisation" });
export type TOrg = z.output<typeof ZOrgSchema>;
export const ZOrgListSchema = listOf(ZOrgSchema);

export const ZOrgParamsSchema = z.strictObject({ orgId: ZIdSchema });
export const ZOrgMemberParamsSchema = ZOrgParamsSchema.extend({ userId: ZIdSchema });
export const ZOrgClientParamsSchema = ZOrgParamsSchema.extend({ clientId: ZIdSchema });
export const ZOrgInviteParamsSchema = ZOrgParamsSchema.extend({ inviteId: ZIdSchema });
export const ZOrgCohortParamsSchema = ZOrgParamsSchema.extend({ cohortId: ZIdSchema });

export const ZOrgMemberSchema = z
  .object({
    user: ZPersonSchema.extend({ email: text() }),
    role: ZOrgRoleSchema,
    caseload: z.number().int().meta({ description: "Active coach links the organisation made for this member (by assignment)." }),
    joinedAt: ZTimestampSchema,
  })
  .meta({ id: "OrgMember" });
export type TOrgMember = z.output<typeof ZOrgMemberSchema>;
export const ZOrgMemberListSchema = listOf(ZOrgMemberSchema);

// Invites ----------------------------------------------------------------------------

export const ZCreateOrgInviteSchema = z.strictObject({ email: ZEmailSchema, role: ZOrgRoleSchema });
export type TCreateOrgInvite = z.input<typeof ZCreateOrgInviteSchema>;

export const ZOrgInviteSchema = z
  .object({
    id: ZIdSchema,
    email: text(),
    role: ZOrgRoleSchema,
    expiresAt: ZTimestampSchema,
    acceptedAt: ZTimestampSchema.nullable(),
  })
  .meta({ id: "OrgInvite" });
export type TOrgInvite = z.output<typeof ZOrgInviteSchema>;

export const ZAcceptOrgInviteSchema = z.strictObject({
  token: text().trim().min(1).max(200).meta({ description: "The token from the invitation email's link." }),
});
export type TAcceptOrgInvite = z.input<typeof ZAcceptOrgInviteSchema>;

export const ZAcceptedOrgInviteSchema = z.object({ orgId: ZIdSchema, role: ZOrgRoleSchema }).meta({ id: "AcceptedOrgInvite" });
export type TAcceptedOrgInvite = z.output<typeof ZAcceptedOrgInviteSchema>;

// Cohorts --------------------------------------------------------------------------

export const ZCreateCohortSchema = z
  .strictObject({
    name: ZOrgNameSchema,
    startsOn: ZDateSchema,
    endsOn: ZDateSchema.nullable().optional(),
  })
  .superRefine((cohort, ctx) => {
    if (cohort.endsOn instanceof Date && cohort.startsOn instanceof Date && cohort.endsOn < cohort.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Must not be before the start date" });
    }
  });
export type TCreateCohort = z.input<typeof ZCreateCohortSchema>;

export const ZCohortSchema = z
  .object({
    id: ZIdSchema,
    name: text(),
    joinCode: text().meta({ description: "Give it to the jobseekers of the cohort: they enrol with it (`POST /enrolments`)." }),
    startsOn: ZDateSchema,
    endsOn: ZDateSchema.nullable(),
    clients: z.number().int().meta({ description: "Jobseekers actively enrolled." }),
  })
  .meta({ id: "Cohort" });
export type TCohort = z.output<typeof ZCohortSchema>;
export const ZCohortListSchema = listOf(ZCohortSchema);

/** One organisation as its members see it: with its cohorts, so a coach member can open their benchmarks and health. */
export const ZOrgDetailSchema = ZOrgSchema.extend({
  cohorts: z
    .array(ZCohortSchema.pick({ id: true, name: true, startsOn: true, endsOn: true }))
    .meta({ description: "The organisation's cohorts, newest first (join codes and counts: `GET …/cohorts`, admins)." }),
}).meta({ id: "OrganisationDetail" });
export type TOrgDetail = z.output<typeof ZOrgDetailSchema>;

// Enrolments --------------------------------------------------------------------------

export const ZCreateEnrolmentSchema = z.strictObject({
  joinCode: text().trim().min(1).max(64).meta({ description: "The cohort's join code; case, spaces and dashes do not matter." }),
});
export type TCreateEnrolment = z.input<typeof ZCreateEnrolmentSchema>;

export const ZEnrolmentSchema = z
  .object({
    id: ZIdSchema,
    org: ZPersonSchema,
    cohort: ZPersonSchema,
    status: ZEnrolmentStatusSchema,
    createdAt: ZTimestampSchema,
    endedAt: ZTimestampSchema.nullable(),
  })
  .meta({ id: "Enrolment" });
export type TEnrolment = z.output<typeof ZEnrolmentSchema>;
export const ZEnrolmentListQuerySchema = ZPaginationQuerySchema.extend({ status: ZEnrolmentStatusSchema.optional() });
export const ZEnrolmentListSchema = listOf(ZEnrolmentSchema);

// The organisation's clients and assignment ------------------------------------------------

export const ZOrgClientQuerySchema = ZPaginationQuerySchema.extend({
  cohortId: ZIdSchema.optional().meta({ description: "Only clients enrolled in this cohort." }),
  coachId: ZIdSchema.optional().meta({ description: "Only clients the organisation assigned to this coach." }),
  unassigned: ZQueryBooleanSchema.optional().meta({
    description: "`true`: only clients without a coach assigned by the organisation.",
  }),
});
export type TOrgClientQuery = z.output<typeof ZOrgClientQuerySchema>;

export const ZOrgClientSchema = z
  .object({
    client: ZPersonSchema,
    cohortId: ZIdSchema,
    coach: ZPersonSchema.nullable().meta({ description: "The coach the organisation assigned (null: none)." }),
    healthScore: ZInsightsSchema.shape.healthScore,
    flags: z.array(ZFlagSchema),
    lastActivityOn: ZDateSchema.nullable(),
    targets: ZInsightsSchema.shape.targets,
  })
  .meta({ id: "OrgClient" });
export type TOrgClient = z.output<typeof ZOrgClientSchema>;
export const ZOrgClientListSchema = listOf(ZOrgClientSchema);

export const ZAssignCoachSchema = z.strictObject({ coachId: ZIdSchema });
export type TAssignCoach = z.input<typeof ZAssignCoachSchema>;

export const ZAssignmentSchema = z
  .object({
    linkId: ZIdSchema,
    client: ZPersonSchema,
    coach: ZPersonSchema,
    status: z.literal("ACTIVE"),
    madeByOrg: z.boolean().meta({
      description: "false when the coach was already linked by the jobseeker's own invite code (that link is kept).",
    }),
  })
  .meta({ id: "CoachAssignment" });
export type TAssignment = z.output<typeof ZAssignmentSchema>;

// Benchmarks ----------------------------------------------------------------------------

export const BENCHMARK_METRICS = [
  "eventHours",
  "venueKinds",
  "newContacts",
  "conversations",
  "conversationsMentioningSearchPct",
  "oneOnOnes",
  "leads",
  "interviews",
  "offers",
  "healthScore",
] as const;
export type TBenchmarkMetric = (typeof BENCHMARK_METRICS)[number];
/** Below this many enrolled clients a cohort's figures are suppressed (k-anonymity). */
export const BENCHMARK_MIN_CLIENTS = 5;

export const ZBenchmarkQuerySchema = ZInsightsQuerySchema;

const metricsOf = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(BENCHMARK_METRICS.map((metric) => [metric, value])) as Record<TBenchmarkMetric, T>);

const ZDistributionSchema = z.object({ p25: z.number().nullable(), p50: z.number().nullable(), p75: z.number().nullable() });

/** How many of a cohort's clients got somewhere in the period: a lead of theirs reached the stage. */
export const ZCohortOutcomesSchema = z
  .object({
    interviews: z.number().int().meta({ description: "Clients with a lead that reached INTERVIEW in the period." }),
    offers: z.number().int().meta({ description: "Clients with a lead that reached OFFER in the period." }),
    hired: z.number().int().meta({ description: "Clients with a lead that reached HIRED in the period." }),
  })
  .meta({ id: "CohortOutcomes" });
export type TCohortOutcomes = z.output<typeof ZCohortOutcomesSchema>;

export const ZCohortBenchmarkSchema = z
  .object({
    period: z.object({ from: ZDateSchema, to: ZDateSchema }),
    clients: z.number().int(),
    suppressed: z.boolean(),
    metrics: metricsOf(ZDistributionSchema).nullable(),
    outcomes: ZCohortOutcomesSchema.nullable().meta({ description: "`null` when suppressed (fewer than 5 clients)." }),
  })
  .meta({ id: "CohortBenchmark" });
export type TCohortBenchmark = z.output<typeof ZCohortBenchmarkSchema>;

const ZMyStandingSchema = z.object({
  value: z.number().nullable(),
  percentile: z
    .number()
    .nullable()
    .meta({ description: "The share (0–100) of the cohort's clients with a lower value; null when you have no value." }),
});

export const ZMyBenchmarkSchema = z
  .object({
    cohort: ZPersonSchema,
    org: ZPersonSchema,
    clients: z.number().int(),
    suppressed: z.boolean(),
    metrics: metricsOf(ZMyStandingSchema).nullable(),
  })
  .meta({ id: "MyBenchmark" });
export type TMyBenchmark = z.output<typeof ZMyBenchmarkSchema>;
export const ZMyBenchmarkListSchema = z.object({
  period: z.object({ from: ZDateSchema, to: ZDateSchema }),
  data: z.array(ZMyBenchmarkSchema),
  nextCursor: z.null().meta({ description: "Always null: every active enrolment is in one page." }),
});
export type TMyBenchmarkList = z.output<typeof ZMyBenchmarkListSchema>;

// Health over time --------------------------------------------------------------------

/** The most weeks of a cohort's health history one request reads, and how far back the history is filled. */
export const HEALTH_HISTORY_MAX_WEEKS = 52;

export const ZCohortHealthQuerySchema = z.strictObject({
  weeks: z.coerce
    .number({ message: "Give a number of weeks" })
    .int({ message: "Give a whole number of weeks" })
    .min(1, { message: "Ask for at least 1 week" })
    .max(HEALTH_HISTORY_MAX_WEEKS, { message: `Ask for at most ${HEALTH_HISTORY_MAX_WEEKS} weeks` })
    .default(12)
    .meta({ description: `How many weeks, up to the last one that has ended (1–${HEALTH_HISTORY_MAX_WEEKS}, default 12).` }),
});
export type TCohortHealthQuery = z.output<typeof ZCohortHealthQuerySchema>;

const ZQuartilesSchema = z.object({ p25: z.number(), p50: z.number(), p75: z.number() });

export const ZCohortHealthWeekSchema = z
  .object({
    weekStart: ZDateSchema.meta({ description: "The week's Monday (each client's weeks are in their own time zone)." }),
    clients: z.number().int().meta({ description: "Clients of the cohort with a health snapshot for the week." }),
    suppressed: z.boolean().meta({ description: `\`true\` when fewer than ${BENCHMARK_MIN_CLIENTS} clients had a snapshot.` }),
    quartiles: ZQuartilesSchema.nullable().meta({
      description: `The health scores' 25th, 50th and 75th percentile; \`null\` when suppressed or fewer than ${BENCHMARK_MIN_CLIENTS} clients had a score.`,
    }),
    byStatus: z
      .object(
        Object.fromEntries(HEALTH_STATUSES.map((status) => [status, z.number().int()])) as Record<THealthStatus, z.ZodNumber>,
      )
      .nullable()
      .meta({ description: "How many clients were in each band; `null` when suppressed." }),
  })
  .meta({ id: "CohortHealthWeek" });
export type TCohortHealthWeek = z.output<typeof ZCohortHealthWeekSchema>;

export const ZCohortHealthSchema = z
  .object({
    weeks: z.array(ZCohortHealthWeekSchema).meta({ description: "Oldest week first." }),
  })
  .meta({
    id: "CohortHealth",
    examples: [
      {
        weeks: [
          { weekStart: "2026-02-16", clients: 4, suppressed: true, quartiles: null, byStatus: null },
          {
            weekStart: "2026-02-23",
            clients: 6,
            suppressed: false,
            quartiles: { p25: 47.5, p50: 62, p75: 78.25 },
            byStatus: { HEALTHY: 2, NEEDS_NUDGE: 3, STUCK: 0, NOT_ENOUGH_DATA: 1 },
          },
        ],
      },
    ],
  });
export type TCohortHealth = z.output<typeof ZCohortHealthSchema>;
