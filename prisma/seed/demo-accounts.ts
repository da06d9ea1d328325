/**
 * Who the demo accounts are. Plain data, so the launcher can print the demo
 * login without loading the seed.
 */
export const DEMO_PASSWORD = "traction-demo-2026";

export const DEMO_JOBSEEKER = { email: "demo@traction.dev", name: "Dana Demo", role: "JOBSEEKER" } as const;
export const DEMO_COACH = { email: "coach@traction.dev", name: "Casey Coach", role: "COACH" } as const;
