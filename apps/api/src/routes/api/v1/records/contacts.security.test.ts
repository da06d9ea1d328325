import { useTestApp } from "../../../../../test/helpers/app.ts";
import { recordAuthorizationMatrix } from "../../../../../test/helpers/authorization.ts";
import { makeCompany, makeContact } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();

recordAuthorizationMatrix(ctx, {
  path: "/api/v1/contacts",
  makeRecord: async (app, owner) => (await makeContact(app, owner)).id,
  createBody: async () => ({ name: "Nora Newcontact", relationship: "CONNECTOR" }),
  patchBody: { title: "Plumber with corporate clients" },
  createRefersToOwnerRecords: false,
});

// Referring to the owner's company makes another jobseeker's create a 400.
recordAuthorizationMatrix(ctx, {
  path: "/api/v1/contacts",
  makeRecord: async (app, owner) => (await makeContact(app, owner)).id,
  createBody: async (app, owner) => ({ name: "Ida Insider", companyId: (await makeCompany(app, owner)).id }),
  patchBody: { relationship: "INSIDER" },
  createRefersToOwnerRecords: true,
});
