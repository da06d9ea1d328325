/** Who may ask for duplicates and merge contacts or companies: the matrix over every kind of caller. */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import { makeCompany, makeContact } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const ACTORS = ["owner", "otherJobseeker", "linkedCoach", "unlinkedCoach", "noToken", "readKey", "writeKey"] as const;
type Actor = (typeof ACTORS)[number];
let auth: Record<Actor, Record<string, string>>;
let owner: TestUser;

beforeAll(async () => {
  const [client, otherJobseeker, linkedCoach, unlinkedCoach] = await Promise.all([
    signUp(ctx.app),
    signUp(ctx.app),
    signUp(ctx.app, "COACH"),
    signUp(ctx.app, "COACH"),
  ]);
  owner = client;
  await linkCoach(ctx.app, client, linkedCoach);
  auth = {
    owner: client.auth,
    otherJobseeker: otherJobseeker.auth,
    linkedCoach: linkedCoach.auth,
    unlinkedCoach: unlinkedCoach.auth,
    noToken: {},
    readKey: (await makeApiKey(ctx.app, client, ["read"])).auth,
    writeKey: (await makeApiKey(ctx.app, client, ["write"])).auth,
  };
});

const FINDS: Record<Actor, number> = {
  owner: 200,
  otherJobseeker: 200,
  linkedCoach: 403,
  unlinkedCoach: 403,
  noToken: 401,
  readKey: 200,
  writeKey: 200,
};
const MERGES: Record<Actor, number> = {
  owner: 200,
  otherJobseeker: 404,
  linkedCoach: 403,
  unlinkedCoach: 403,
  noToken: 401,
  readKey: 403,
  writeKey: 200,
};
const SEES_OWNERS = new Set<Actor>(["owner", "readKey", "writeKey"]);

const RESOURCES = [
  { path: "/api/v1/contacts", make: (name: string) => makeContact(ctx.app, owner, { name }) },
  { path: "/api/v1/companies", make: (name: string) => makeCompany(ctx.app, owner, { name }) },
];

describe.each(RESOURCES)("authorization: $path duplicates and merge", ({ path, make }) => {
  it.each(ACTORS)("GET duplicates as %s", async (actor) => {
    const name = `Dup ${actor} ${path}`;
    const record = await make(name);
    const response = await api().get(`${path}/duplicates`).query({ name }).set(auth[actor]);
    expect(response.status).toBe(FINDS[actor]);
    expect(JSON.stringify(response.body).includes(record.id)).toBe(SEES_OWNERS.has(actor));
  });

  it.each(ACTORS)("POST merge as %s", async (actor) => {
    const target = await make(`Kept ${actor}`);
    const source = await make(`kept ${actor}`);
    const response = await api().post(`${path}/${target.id}/merge`).set(auth[actor]).send({ sourceId: source.id });
    expect(response.status).toBe(MERGES[actor]);
    const merged = response.status === 200;
    await api()
      .get(`${path}/${source.id}`)
      .set(owner.auth)
      .expect(merged ? 404 : 200);
    await api().get(`${path}/${target.id}`).set(owner.auth).expect(200);
    if (!merged) expect(JSON.stringify(response.body)).not.toContain(source.id);
  });

  it.each(ACTORS)("POST merge preview as %s changes nothing", async (actor) => {
    const target = await make(`Preview ${actor}`);
    const source = await make(`preview ${actor}`);
    const response = await api().post(`${path}/${target.id}/merge`).set(auth[actor]).send({ sourceId: source.id, preview: true });
    expect(response.status).toBe(MERGES[actor]);
    await api().get(`${path}/${source.id}`).set(owner.auth).expect(200);
  });
});
