/**
 * API keys for integrations (a coach's CRM, a spreadsheet, a script). A key
 * acts as its owner; `read` allows GET only, `write` allows every method on
 * records, `admin` also coach invites, coach links and webhooks.
 * The key itself (`trk_...`) is returned once, at creation.
 */
import { z } from "zod";
import { text } from "./text.ts";
import { listOf, ZIdSchema, ZTimestampSchema } from "./common.ts";

export const API_KEY_SCOPES = ["read", "write", "admin"] as const;
export const ZApiKeyScopeSchema = z.enum(API_KEY_SCOPES);
export type TApiKeyScope = z.infer<typeof ZApiKeyScopeSchema>;

export const ZCreateApiKeySchema = z.strictObject({
  name: text().trim().min(1).max(100),
  scopes: z
    .array(ZApiKeyScopeSchema)
    .min(1, { message: "Choose at least one scope" })
    .transform((scopes) => API_KEY_SCOPES.filter((scope) => scopes.includes(scope)))
    .meta({
      description:
        "`read`: GET only. `write`: every method on records (it includes reading). `admin`: also creating coach invites, coach links and webhooks (and ending links, deleting webhooks), which `write` may not. No key may manage API keys, the calendar feed, the export or the account.",
    }),
});
export type TCreateApiKey = z.input<typeof ZCreateApiKeySchema>;

export const ZApiKeySchema = z
  .object({
    id: ZIdSchema,
    name: text(),
    scopes: z.array(ZApiKeyScopeSchema),
    prefix: text().meta({ description: "The key's first characters (`trk_` and 4 more), to tell keys apart." }),
    createdAt: ZTimestampSchema,
    lastUsedAt: ZTimestampSchema.nullable().meta({ description: "Updated at most once a minute." }),
  })
  .meta({ id: "ApiKey" });
export type TApiKey = z.infer<typeof ZApiKeySchema>;

export const ZCreatedApiKeySchema = ZApiKeySchema.extend({
  key: text().meta({ description: "The secret key, shown this once; Traction keeps only its SHA-256 hash." }),
}).meta({ id: "CreatedApiKey" });
export type TCreatedApiKey = z.infer<typeof ZCreatedApiKeySchema>;

/** An account holds at most `MAX_API_KEYS` keys, so the list is one page (`nextCursor` is always null). */
export const MAX_API_KEYS = 50;
export const ZApiKeyListSchema = listOf(ZApiKeySchema);
export type TApiKeyList = z.infer<typeof ZApiKeyListSchema>;
