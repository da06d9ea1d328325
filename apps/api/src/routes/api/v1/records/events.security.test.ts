import { useTestApp } from "../../../../../test/helpers/app.ts";
import { recordAuthorizationMatrix } from "../../../../../test/helpers/authorization.ts";
import { makeEvent, makeVenue } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();

recordAuthorizationMatrix(ctx, {
  path: "/api/v1/events",
  makeRecord: async (app, owner) => (await makeEvent(app, owner)).id,
  createBody: async (app, owner) => ({ venueId: (await makeVenue(app, owner)).id, date: "2026-11-01", hours: 1 }),
  patchBody: { hours: 4 },
  createRefersToOwnerRecords: true,
});
