/**
 * The read path's yardsticks, in a process of their own like the API
 * (`node --import tsx bench/raw-server.ts <port> <databaseUrl> <ownerId>`):
 *
 * - `GET /bare`: Fastify answering a constant page of 20 contacts — the
 *   ceiling of HTTP + JSON on this machine;
 * - `GET /raw/contacts` and `GET /raw/contacts/:id`: the same statements the
 *   API's contact list and contact read run, on a bare `pg` pool of the API's
 *   size, rows sent as JSON — what the database part costs without the rest.
 */
import Fastify from "fastify";
import pg from "pg";

const [portArgument, databaseUrl, ownerId] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const LIST = `SELECT * FROM "Contact" WHERE "ownerId" = $1 ORDER BY "createdAt" DESC, id DESC LIMIT 21`;
const ONE = `SELECT * FROM "Contact" WHERE id = $1 AND "ownerId" = $2`;

const app = Fastify({ logger: false });
const page = (await pool.query(LIST, [ownerId])).rows.slice(0, 20);
const bare = JSON.stringify({ data: page, nextCursor: null });

app.get("/bare", async (_request, reply) => reply.type("application/json").send(bare));
app.get("/raw/contacts", async (_request, reply) => {
  const { rows } = await pool.query(LIST, [ownerId]);
  return reply.type("application/json").send(JSON.stringify({ data: rows.slice(0, 20), nextCursor: null }));
});
app.get<{ Params: { id: string } }>("/raw/contacts/:id", async (request, reply) => {
  const { rows } = await pool.query(ONE, [request.params.id, ownerId]);
  return rows[0] ? reply.type("application/json").send(JSON.stringify(rows[0])) : reply.code(404).send();
});
process.once("SIGTERM", () => void app.close().then(() => pool.end()));
await app.listen({ port: Number(portArgument), host: "127.0.0.1" });
console.log("ready");
