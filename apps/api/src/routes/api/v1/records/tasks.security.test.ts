import { useTestApp } from "../../../../../test/helpers/app.ts";
import { recordAuthorizationMatrix } from "../../../../../test/helpers/authorization.ts";
import { makeContact, makeTask } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();

recordAuthorizationMatrix(ctx, {
  path: "/api/v1/tasks",
  makeRecord: async (app, owner) => (await makeTask(app, owner)).id,
  createBody: async (app, owner) => ({ title: "Call back", contactId: (await makeContact(app, owner)).id }),
  patchBody: { done: true },
  createRefersToOwnerRecords: true,
});
