import { useTestApp } from "../../../../../test/helpers/app.ts";
import { recordAuthorizationMatrix } from "../../../../../test/helpers/authorization.ts";
import { makeContact, makeConversation } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();

recordAuthorizationMatrix(ctx, {
  path: "/api/v1/conversations",
  makeRecord: async (app, owner) =>
    (await makeConversation(app, owner, { followUp: { action: "Call", dueOn: "2026-12-01" } })).id,
  createBody: async (app, owner) => ({ date: "2026-11-20", contactIds: [(await makeContact(app, owner)).id] }),
  patchBody: { followUp: null, notes: "Changed" },
  createRefersToOwnerRecords: true,
});
