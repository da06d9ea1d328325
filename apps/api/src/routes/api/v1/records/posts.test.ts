import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { daysAgo, errorPaths, listAll, makePost } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app);
});

const countPosts = (user: TestUser) => ctx.app.db.post.count({ where: { ownerId: user.user.id } });

describe("posts", () => {
  it("creates, reads, updates partially and deletes a post", async () => {
    const created = await api()
      .post("/api/v1/posts")
      .set(owner.auth)
      .send({ title: "Five lessons from running a gala committee", url: "https://blog.example/gala", publishedOn: "2026-11-20" })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      title: "Five lessons from running a gala committee",
      url: "https://blog.example/gala",
      publishedOn: "2026-11-20",
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const { id } = created.body;
    await api().get(`/api/v1/posts/${id}`).set(owner.auth).expect(200, created.body);
    const updated = await api().patch(`/api/v1/posts/${id}`).set(owner.auth).send({ publishedOn: null }).expect(200);
    expect(updated.body).toMatchObject({ title: "Five lessons from running a gala committee", publishedOn: null });
    await api().delete(`/api/v1/posts/${id}`).set(owner.auth).expect(204);
    await api().get(`/api/v1/posts/${id}`).set(owner.auth).expect(404);
  });

  it("pages newest first with a cursor", async () => {
    const user = await signUp(ctx.app);
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) made.push((await makePost(ctx.app, user, { title: `Post ${i}` })).id);
    const first = await api().get("/api/v1/posts").query({ limit: 2 }).set(user.auth).expect(200);
    expect(first.body.data.map((post: { id: string }) => post.id)).toEqual([made[4], made[3]]);
    expect((await listAll(ctx.app, user, "/api/v1/posts", { limit: 2 })).map((post) => post.id)).toEqual([...made].reverse());
  });

  it.each([
    ["a missing title", {}, ["title"]],
    ["a title too long", { title: "x".repeat(301) }, ["title"]],
    ["a number for a title", { title: 5 }, ["title"]],
    ["a url that is not http(s)", { title: "T", url: "mailto:me@example.test" }, ["url"]],
    ["a malformed publishedOn", { title: "T", publishedOn: "2026-13-01" }, ["publishedOn"]],
    ["a publishedOn too far ahead", { title: "T", publishedOn: daysAgo(-400) }, ["publishedOn"]],
    ["an unknown field", { title: "T", views: 100 }, ["views"]],
    ["a server-owned field", { title: "T", id: "00000000-0000-4000-8000-000000000000" }, ["id"]],
  ])("answers 400 for %s and writes nothing", async (_label, body, fields) => {
    const before = await countPosts(owner);
    const response = await api().post("/api/v1/posts").set(owner.auth).send(body).expect(400);
    expect(errorPaths(response)).toEqual(fields);
    expect(await countPosts(owner)).toBe(before);
  });

  it("answers 400 for a bad update and changes nothing", async () => {
    const post = await makePost(ctx.app, owner);
    const bad = await api().patch(`/api/v1/posts/${post.id}`).set(owner.auth).send({ title: "", url: "nope" }).expect(400);
    expect(errorPaths(bad)).toEqual(["title", "url"]);
    await api().get(`/api/v1/posts/${post.id}`).set(owner.auth).expect(200, post);
  });

  it("takes no filters: an unknown query parameter is a 400", async () => {
    const response = await api().get("/api/v1/posts").query({ tag: "career" }).set(owner.auth).expect(400);
    expect(errorPaths(response)).toEqual(["tag"]);
  });
});
