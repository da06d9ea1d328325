import { useTestApp } from "../../../../../test/helpers/app.ts";
import { recordAuthorizationMatrix } from "../../../../../test/helpers/authorization.ts";
import { makePost } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();

recordAuthorizationMatrix(ctx, {
  path: "/api/v1/posts",
  makeRecord: async (app, owner) => (await makePost(app, owner)).id,
  createBody: async () => ({ title: "Why I volunteer on the gala committee" }),
  patchBody: { url: "https://blog.example/gala" },
  createRefersToOwnerRecords: false,
});
