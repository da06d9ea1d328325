/** The lines printed once everything answers. */
import { DEMO_COACH, DEMO_JOBSEEKER, DEMO_PASSWORD } from "../../../prisma/seed/demo-accounts.ts";
import type { LaunchOptions } from "./options.ts";
import { apiUrl, webUrl } from "./services/traction-services.ts";

export function printSummary(options: LaunchOptions, database: string, elapsed: string, mail: string): void {
  const lines = [
    "",
    `Traction is running (${options.mode} mode, ready in ${elapsed})`,
    `  Dashboard   ${webUrl(options)}`,
    `  API         ${apiUrl(options)}   (reference: ${apiUrl(options)}/docs)`,
    `  Database    ${database}`,
    `  Email       ${mail}`,
    `  Demo login  ${DEMO_JOBSEEKER.email} / ${DEMO_PASSWORD}   (coach: ${DEMO_COACH.email}, same password)`,
    "Press Ctrl-C to stop.",
    "",
  ];
  console.log(lines.join("\n"));
}
