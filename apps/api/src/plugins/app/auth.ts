/**
 * Authentication and the role guard. `app.authenticate` is an onRequest hook
 * that a route subtree adds once; `app.requireRole(...)` guards a subtree by
 * role. The bearer token is either an access token, an HS256 JWT (the
 * algorithm is pinned on both sign and verify), or an API key (`trk_...`),
 * looked up by its hash. An access token's user comes from `app.users`
 * (lib/user-directory.ts: kept in memory, forgotten in every process the moment
 * the account is deleted or its role changes); an API key and its user are read
 * on every request, so a revoked key stops working at once.
 * What an API key may do is decided in one hook (`lib/api-key-guard.ts`).
 */
import jwt from "@fastify/jwt";
import { API_KEY_SCOPES, ZIdSchema, type TApiKeyScope, type TRole } from "@traction/schemas";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { isWellFormedApiKey, looksLikeApiKey } from "../../lib/api-key-token.ts";
import { forbidden, unauthorized } from "../../lib/errors.ts";
import { findApiKey } from "../../services/api-keys/find-api-key.ts";
import { ApiKeyUseRecorder } from "../../services/api-keys/record-api-key-use.ts";
import { UserDirectory } from "../../lib/user-directory.ts";

export interface AccessTokenPayload {
  sub: string;
  role: TRole;
}

/** Who an access token is issued to. */
export interface TokenSubject {
  id: string;
  role: TRole;
}

export interface AuthenticatedUser extends TokenSubject {
  /** How the caller authenticated: an access token (a person in a session) or an API key. */
  via: "session" | "apiKey";
  /** A session may do everything its role allows; a key only what its scopes allow. */
  scopes: readonly TApiKeyScope[];
  /** Set when `via` is `apiKey`. */
  apiKeyId?: string;
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
    users: UserDirectory;
    requireRole: (...roles: TRole[]) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    signAccessToken: (user: TokenSubject) => string;
  }
}

const ALGORITHM = "HS256";

export default fp(
  async function authPlugin(app: FastifyInstance) {
    await app.register(jwt, {
      secret: app.config.JWT_SECRET,
      sign: { algorithm: ALGORITHM, expiresIn: app.config.ACCESS_TOKEN_TTL_SECONDS },
      // A token already verified is not verified again while valid: fast-jwt keeps the result (or the error) until the
      // token's own `exp`, under the token's hash, in this process's memory.
      verify: { algorithms: [ALGORITHM], cache: app.config.USER_CACHE_ENTRIES || false },
    });

    app.decorate("signAccessToken", (user: TokenSubject) => app.jwt.sign({ sub: user.id, role: user.role }));

    const keyUses = new ApiKeyUseRecorder(app.db, app.log);
    const users = new UserDirectory(
      app.db,
      { connectionString: app.config.DATABASE_URL, maxEntries: app.config.USER_CACHE_ENTRIES },
      app.log,
    );
    await users.start();
    app.decorate("users", users);
    app.addHook("onClose", async () => {
      await Promise.all([keyUses.drain(), users.close()]);
    });

    const authenticateApiKey = async (request: FastifyRequest, key: string) => {
      const found = isWellFormedApiKey(key) ? await findApiKey(app.db, key) : null;
      if (!found) throw unauthorized("Invalid or revoked API key");
      keyUses.record(found.keyId, found.lastUsedAt);
      request.user = { id: found.userId, role: found.role, via: "apiKey", scopes: found.scopes, apiKeyId: found.keyId };
    };

    app.decorate("authenticate", async (request: FastifyRequest) => {
      const header = request.headers.authorization;
      if (!header?.startsWith("Bearer ")) throw unauthorized("Missing bearer token");
      const token = header.slice("Bearer ".length).trim();
      if (looksLikeApiKey(token)) return authenticateApiKey(request, token);
      let payload: AccessTokenPayload;
      try {
        // The plugin's verifier, built once (HS256 only, our secret), on the header's token as `request.jwtVerify()`
        // takes it (exactly "Bearer <token>"), which would also merge its options and decode the token twice.
        const parts = header.split(" ");
        if (parts.length !== 2 || !parts[1]) throw new Error("not a bearer token");
        payload = app.jwt.verify<AccessTokenPayload>(parts[1]);
      } catch {
        throw unauthorized("Invalid or expired access token");
      }
      // Signed by us, but not a subject we ever issue (a leaked or misused secret): refused like any bad token.
      if (!ZIdSchema.safeParse(payload.sub).success) throw unauthorized("Invalid or expired access token");
      const user = await users.find(payload.sub);
      if (!user) throw unauthorized("The account no longer exists");
      request.user = { ...user, via: "session", scopes: API_KEY_SCOPES };
    });

    app.decorate("requireRole", (...roles: TRole[]) => async (request: FastifyRequest) => {
      if (!roles.includes(request.user.role)) throw forbidden(`This route is for ${roles.join(" or ").toLowerCase()} accounts`);
    });
  },
  { name: "auth", dependencies: ["config", "database"] },
);
