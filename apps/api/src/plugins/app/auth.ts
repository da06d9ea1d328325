/**
 * Authentication and the role guard. `app.authenticate` is an onRequest hook
 * that a route subtree adds once; `app.requireRole(...)` guards a subtree by
 * role. Access tokens are HS256 JWTs (the algorithm is pinned on both sign and
 * verify); every request re-reads the user, so a deleted account's tokens stop
 * working at once.
 */
import jwt from "@fastify/jwt";
import type { TRole } from "@traction/schemas";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { forbidden, unauthorized } from "../../lib/errors.ts";

export interface AccessTokenPayload {
  sub: string;
  role: TRole;
}

export interface AuthenticatedUser {
  id: string;
  role: TRole;
}

declare module "@fastify/jwt" {
  interface FastifyJWT {
    payload: AccessTokenPayload;
    user: AuthenticatedUser;
  }
}

declare module "fastify" {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireRole: (...roles: TRole[]) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    signAccessToken: (user: AuthenticatedUser) => string;
  }
}

const ALGORITHM = "HS256";

export default fp(
  async function authPlugin(app: FastifyInstance) {
    await app.register(jwt, {
      secret: app.config.JWT_SECRET,
      sign: { algorithm: ALGORITHM, expiresIn: app.config.ACCESS_TOKEN_TTL_SECONDS },
      verify: { algorithms: [ALGORITHM] },
    });

    app.decorate("signAccessToken", (user: AuthenticatedUser) => app.jwt.sign({ sub: user.id, role: user.role }));

    app.decorate("authenticate", async (request: FastifyRequest) => {
      const header = request.headers.authorization;
      if (!header?.startsWith("Bearer ")) throw unauthorized("Missing bearer token");
      let payload: AccessTokenPayload;
      try {
        payload = await request.jwtVerify<AccessTokenPayload>();
      } catch {
        throw unauthorized("Invalid or expired access token");
      }
      const rows = await app.db.$queryRaw<AuthenticatedUser[]>`
        SELECT id, role::text AS role FROM "User" WHERE id = ${payload.sub}::uuid`;
      const user = rows[0];
      if (!user) throw unauthorized("The account no longer exists");
      request.user = user;
    });

    app.decorate("requireRole", (...roles: TRole[]) => async (request: FastifyRequest) => {
      if (!roles.includes(request.user.role)) throw forbidden(`This route is for ${roles.join(" or ").toLowerCase()} accounts`);
    });
  },
  { name: "auth", dependencies: ["config", "database"] },
);
