import { ZProblemSchema } from "@traction/schemas";

/** What every route about a client may answer besides its success: 403 for a jobseeker, 404 when not linked. */
export const CLIENT_ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;
