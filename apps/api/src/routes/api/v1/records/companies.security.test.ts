import { useTestApp } from "../../../../../test/helpers/app.ts";
import { recordAuthorizationMatrix } from "../../../../../test/helpers/authorization.ts";
import { makeCompany } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();

recordAuthorizationMatrix(ctx, {
  path: "/api/v1/companies",
  makeRecord: async (app, owner) => (await makeCompany(app, owner)).id,
  createBody: async () => ({ name: "Globex", priority: 2 }),
  patchBody: { status: "APPLIED" },
  createRefersToOwnerRecords: false,
});
