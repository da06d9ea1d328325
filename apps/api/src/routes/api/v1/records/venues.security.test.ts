import { useTestApp } from "../../../../../test/helpers/app.ts";
import { recordAuthorizationMatrix } from "../../../../../test/helpers/authorization.ts";
import { makeVenue } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();

recordAuthorizationMatrix(ctx, {
  path: "/api/v1/venues",
  makeRecord: async (app, owner) => (await makeVenue(app, owner)).id,
  createBody: async () => ({ name: "Alumni club", kind: "ALUMNI" }),
  patchBody: { notes: "changed" },
  createRefersToOwnerRecords: false,
});
