"use client";

/**
 * The guided weekly review: the week's numbers against the targets, what the
 * week showed, what went well and what to change, concrete adjustments (one
 * offered per finding) and, if wanted, new weekly targets for the plan.
 */
import { REVIEW_AREAS, ZCreateReviewSchema, type TFinding, type TInsights, type TPlan } from "@traction/schemas";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { getInsights, getPlan } from "../../lib/api/insights.ts";
import { createReview, listReviews } from "../../lib/api/reviews.ts";
import { addDays, formatDay, mondayOf, toDateString, today } from "../../lib/dates.ts";
import { text } from "../../lib/forms/read-form.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { idempotencyKey, newDraftId } from "../../lib/idempotency.ts";
import { FLAG_LABELS } from "../../lib/labels.ts";
import { Checkbox } from "../forms/checkbox.tsx";
import { SchemaForm } from "../forms/schema-form.tsx";
import { SelectField } from "../forms/select-field.tsx";
import { TextAreaField } from "../forms/text-area-field.tsx";
import { FindingList } from "../insights/finding-list.tsx";
import { readWeeklyTargets, TARGET_FIELDS, WeeklyTargetFields } from "../plan/weekly-targets.tsx";
import { useSession } from "../session/session-provider.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { smallButton, textLink } from "../ui/styles.ts";
import { TargetBars } from "../week/target-bars.tsx";
import { AREA_LABELS, areaOfTip } from "./review-labels.ts";

/** Last week's Monday on the viewer's calendar. */
export const lastWeek = () => addDays(mondayOf(today()), -7);

export function NewReview({ week: asked }: { week?: string }) {
  const week = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? mondayOf(asked) : lastWeek();
  const insights = useLoad(`review-week:${week}`, (api) => getInsights(api, { from: week, to: addDays(week, 6) }));
  const plan = useLoad("plan", (api) => getPlan(api));
  const reviews = useLoad("reviews:me", (api) => listReviews(api, undefined, 100));
  const existing = reviews.data?.data.find((review) => toDateString(review.weekStart) === week);
  const loaded = insights.data && plan.data && reviews.data;
  const title = `Review the week of ${formatDay(new Date(`${week}T00:00:00.000Z`))}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/reviews" className={textLink}>
          ← Weekly reviews
        </Link>
      </p>
      <PageHeader title={title} description="Look at the week, decide what to change, and set next week up to work." />
      <WeekChoice week={week} />
      <LoadState
        status={loaded ? "ready" : [insights, plan, reviews].some((each) => each.status === "error") ? "error" : "loading"}
        error={insights.error ?? plan.error ?? reviews.error}
        reload={() => [insights, plan, reviews].forEach((each) => each.reload())}
        what="the week"
      >
        {existing ? (
          <p role="status" className="rounded-lg border border-slate-200 bg-white p-4 text-slate-900">
            You reviewed this week already.{" "}
            <Link href={`/reviews/${existing.id}`} className={textLink}>
              Open that review
            </Link>
          </p>
        ) : (
          insights.data && plan.data && <ReviewForm key={week} week={week} insights={insights.data} plan={plan.data} />
        )}
      </LoadState>
    </>
  );
}

/** The last six weeks, to review another one. */
function WeekChoice({ week }: { week: string }) {
  const weeks = [1, 2, 3, 4, 5, 6].map((back) => addDays(mondayOf(today()), -7 * back));
  return (
    <nav aria-label="Choose the week" className="mb-4 flex flex-wrap items-center gap-1.5 text-sm">
      <span className="text-slate-700">Week of:</span>
      {weeks.map((monday) => (
        <Link
          key={monday}
          href={`/reviews/new?week=${monday}`}
          aria-current={monday === week ? "page" : undefined}
          className="rounded-full border border-slate-400 bg-white px-3 py-1 text-slate-900 hover:bg-slate-100 aria-[current=page]:border-indigo-700 aria-[current=page]:bg-indigo-700 aria-[current=page]:text-white"
        >
          {formatDay(new Date(`${monday}T00:00:00.000Z`))}
        </Link>
      ))}
    </nav>
  );
}

interface Row {
  key: number;
  area: string;
  findingCode: string;
  placeholder: string;
}

const rowsFor = (findings: Array<TFinding & { tip: string }>): Row[] =>
  findings.length > 0
    ? findings.map((finding, index) => ({
        key: index,
        area: areaOfTip(finding.tip),
        findingCode: finding.code,
        placeholder: finding.recommendation,
      }))
    : [{ key: 0, area: "WHERE", findingCode: "", placeholder: "One thing you will do differently next week" }];

function ReviewForm({ week, insights, plan }: { week: string; insights: TInsights; plan: TPlan }) {
  const { api } = useSession();
  const router = useRouter();
  const findings = insights.tips.flatMap((tip) => tip.findings.map((finding) => ({ ...finding, tip: tip.tip })));
  const [rows, setRows] = useState<Row[]>(() => rowsFor(findings));
  const [nextKey, setNextKey] = useState(rows.length);
  const [newTargets, setNewTargets] = useState(false);
  const [draftId] = useState(newDraftId);
  const findingOptions = findings.map((finding) => ({ value: finding.code, label: FLAG_LABELS[finding.code] }));
  const areaOptions = REVIEW_AREAS.map((area) => ({ value: area, label: AREA_LABELS[area] }));
  const fields = [
    "wentWell",
    "toChange",
    ...rows.flatMap((_, index) => [`adjustments.${index}.area`, `adjustments.${index}.note`, `adjustments.${index}.findingCode`]),
    ...(newTargets ? TARGET_FIELDS : []),
    "weekStart",
  ];

  return (
    <div className="space-y-4">
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <Panel title="The week against your targets" description="What you logged from Monday to Sunday.">
          <TargetBars targets={insights.targets} />
          <p className="mt-3 text-sm text-slate-700">
            {insights.funnel.hours} h at events, {insights.funnel.conversations} conversations, {insights.funnel.leads} leads.
          </p>
        </Panel>
        <Panel title="What the week shows">
          {findings.length === 0 ? (
            <p className="text-sm text-slate-700">Nothing was flagged this week.</p>
          ) : (
            <FindingList findings={findings} showEvidence={false} />
          )}
        </Panel>
      </div>
      <Panel title="Your review">
        <SchemaForm
          label="Your review"
          schema={ZCreateReviewSchema}
          fields={fields}
          wideSubmit={false}
          submitLabel="Save the review"
          pendingLabel="Saving…"
          read={(data) => ({
            weekStart: week,
            wentWell: text(data, "wentWell") ?? null,
            toChange: text(data, "toChange") ?? null,
            adjustments: rows.map((_, index) => ({
              area: data.get(`adjustments.${index}.area`),
              note: data.get(`adjustments.${index}.note`) ?? "",
              findingCode: text(data, `adjustments.${index}.findingCode`) ?? null,
            })),
            ...(newTargets ? { weeklyTargets: readWeeklyTargets(data) } : {}),
          })}
          onSubmit={async (value) => {
            const review = await createReview(api, value, idempotencyKey(draftId, "review", value));
            router.push(`/reviews/${review.id}`);
          }}
        >
          {(errors) => (
            <>
              {errors.weekStart && (
                <p role="alert" className="text-sm font-medium text-red-800">
                  {errors.weekStart}
                </p>
              )}
              <div className="grid gap-4 md:grid-cols-2">
                <TextAreaField name="wentWell" label="What went well" rows={3} error={errors.wentWell} />
                <TextAreaField name="toChange" label="What to change" rows={3} error={errors.toChange} />
              </div>
              <fieldset className="space-y-3">
                <legend className="text-sm font-medium text-slate-900">Adjustments for next week</legend>
                <p className="text-sm text-slate-600">
                  One is offered for each finding; say what you will do, or remove the ones you leave for later.
                </p>
                {rows.map((row, index) => (
                  <div key={row.key} className="rounded-lg border border-slate-200 p-3">
                    <div className="grid gap-3 sm:grid-cols-2">
                      <SelectField
                        name={`adjustments.${index}.area`}
                        label={`Adjustment ${index + 1}: area`}
                        options={areaOptions}
                        defaultValue={row.area}
                        error={errors[`adjustments.${index}.area`]}
                      />
                      <SelectField
                        name={`adjustments.${index}.findingCode`}
                        label="Answers the finding"
                        options={findingOptions}
                        placeholder="None"
                        defaultValue={row.findingCode}
                        error={errors[`adjustments.${index}.findingCode`]}
                      />
                    </div>
                    <TextAreaField
                      name={`adjustments.${index}.note`}
                      label="What I will do"
                      rows={2}
                      placeholder={row.placeholder}
                      className="mt-3"
                      error={errors[`adjustments.${index}.note`]}
                    />
                    <button
                      type="button"
                      className={`mt-2 ${smallButton}`}
                      onClick={() => setRows((current) => current.filter((each) => each.key !== row.key))}
                    >
                      Remove adjustment {index + 1}
                    </button>
                  </div>
                ))}
                <button
                  type="button"
                  className={smallButton}
                  onClick={() => {
                    setRows((current) => [...current, { key: nextKey, area: "OTHER", findingCode: "", placeholder: "" }]);
                    setNextKey((key) => key + 1);
                  }}
                >
                  Add an adjustment
                </button>
              </fieldset>
              <Checkbox
                label="Set new weekly targets (they become your plan's)"
                checked={newTargets}
                onChange={(event) => setNewTargets(event.currentTarget.checked)}
              />
              {newTargets && (
                <fieldset>
                  <legend className="text-sm font-medium text-slate-900">New weekly targets</legend>
                  <div className="mt-1">
                    <WeeklyTargetFields targets={plan.weeklyTargets} errors={errors} />
                  </div>
                </fieldset>
              )}
            </>
          )}
        </SchemaForm>
      </Panel>
    </div>
  );
}
