/**
 * The read path's yardsticks, in a process of their own like the API
 * (`node --import tsx bench/raw-server.ts <port> <databaseUrl> <ownerId>`):
 *
 * - `GET /bare`: Fastify answering a constant page of 20 contacts — the
 *   ceiling of HTTP + JSON on this machine;
 * - `GET /raw/contacts` and `GET /raw/contacts/:id`: the very statements the
 *   API's contact list and contact read run — their text is built by the API's
 *   own module (services/records/sql-read.ts, from the contact spec: the
 *   columns and the suggested company in the same statement) — on a bare `pg`
 *   pool of the API's size, rows sent with `JSON.stringify`: what the database
 *   part costs without the rest (HTTP framework hooks, auth, validation, the
 *   response's encoding).
 */
import Fastify from "fastify";
import pg from "pg";
import { contactSpec } from "../src/services/contacts/contact-spec.ts";
import { keyset } from "../src/services/records/pagination.ts";
import { getStatement, listStatement } from "../src/services/records/sql-read.ts";

const [portArgument, databaseUrl, ownerId] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
// The first page of 20, as listRecords asks for it: the owner's rows, newest first, one more to know whether there is a next.
const page = keyset("createdAt", undefined);
const LIST = listStatement(contactSpec, { where: { AND: [{ ownerId }, {}, {}, page.where] }, orderBy: page.orderBy, take: 21 })!;

const app = Fastify({ logger: false });
const first = (await pool.query(LIST.text, LIST.values)).rows.slice(0, 20);
const bare = JSON.stringify({ data: first, nextCursor: null });

app.get("/bare", async (_request, reply) => reply.type("application/json").send(bare));
app.get("/raw/contacts", async (_request, reply) => {
  const { rows } = await pool.query(LIST.text, LIST.values);
  return reply.type("application/json").send(JSON.stringify({ data: rows.slice(0, 20), nextCursor: null }));
});
app.get<{ Params: { id: string } }>("/raw/contacts/:id", async (request, reply) => {
  const one = getStatement(contactSpec, ownerId!, request.params.id)!;
  const { rows } = await pool.query(one.text, one.values);
  return rows[0] ? reply.type("application/json").send(JSON.stringify(rows[0])) : reply.code(404).send();
});
process.once("SIGTERM", () => void app.close().then(() => pool.end()));
await app.listen({ port: Number(portArgument), host: "127.0.0.1" });
console.log("ready");
