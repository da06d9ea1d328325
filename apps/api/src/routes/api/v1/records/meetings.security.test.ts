import { useTestApp } from "../../../../../test/helpers/app.ts";
import { recordAuthorizationMatrix } from "../../../../../test/helpers/authorization.ts";
import { makeContact, makeMeeting } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();

recordAuthorizationMatrix(ctx, {
  path: "/api/v1/meetings",
  makeRecord: async (app, owner) => (await makeMeeting(app, owner)).id,
  createBody: async (app, owner) => ({ contactId: (await makeContact(app, owner)).id, status: "PROPOSED" }),
  patchBody: { status: "CANCELLED" },
  createRefersToOwnerRecords: true,
});
