import { useTestApp } from "../../../../../test/helpers/app.ts";
import { recordAuthorizationMatrix } from "../../../../../test/helpers/authorization.ts";
import { makeCompany, makeLead } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();

recordAuthorizationMatrix(ctx, {
  path: "/api/v1/leads",
  makeRecord: async (app, owner) => (await makeLead(app, owner)).id,
  createBody: async (app, owner) => ({ title: "Analyst", stage: "IDEA", companyId: (await makeCompany(app, owner)).id }),
  patchBody: { stage: "APPLIED" },
  createRefersToOwnerRecords: true,
});
