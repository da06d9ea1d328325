/**
 * Duplicates and merges of contacts and target companies, beside their CRUD
 * routes (same prefixes, jobseeker-only like them): `GET /<resource>/duplicates`
 * asks before a create whether the record already exists (it never blocks a
 * create), `POST /<resource>/:id/merge` folds a duplicate into the record of
 * the path in one transaction.
 */
import type { Prisma } from "@traction/db";
import {
  ZCompanyDuplicatesQuerySchema,
  ZCompanyDuplicatesSchema,
  ZCompanyMergeSchema,
  ZContactDuplicatesQuerySchema,
  ZContactDuplicatesSchema,
  ZContactMergeSchema,
  ZIdParamsSchema,
  ZMergeRequestSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import { findDuplicateCompanies } from "../../../../services/companies/find-duplicate-companies.ts";
import { mergeCompanies } from "../../../../services/companies/merge-companies.ts";
import { findDuplicateContacts } from "../../../../services/contacts/find-duplicate-contacts.ts";
import { mergeContacts } from "../../../../services/contacts/merge-contacts.ts";
import type { DbClient } from "../../../../services/records/db-client.ts";
import { runMerge } from "../../../../services/records/merge-pair.ts";
import { RECORD_ERRORS } from "./crud-routes.ts";

interface MergeRoutesOptions<Query extends z.ZodType> {
  tag: string;
  /** What a duplicate is, for the reference's descriptions. */
  duplicates: { description: string; query: Query; response: z.ZodType };
  find: (db: DbClient, ownerId: string, query: z.output<Query>) => Promise<unknown[]>;
  merge: { description: string; response: z.ZodType };
  run: (tx: Prisma.TransactionClient, ownerId: string, targetId: string, sourceId: string) => Promise<object>;
}

function mergeRoutes<Query extends z.ZodType>(options: MergeRoutesOptions<Query>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/duplicates",
      {
        schema: {
          tags: [options.tag],
          summary: `Your ${options.tag} a new one would duplicate`,
          description: `${options.duplicates.description} Oldest first, at most 10. Ask before creating: a create is never refused for a duplicate.`,
          querystring: options.duplicates.query,
          response: { 200: options.duplicates.response, ...RECORD_ERRORS },
        },
      },
      async (request) => ({ data: await options.find(app.db, request.user.id, request.query as z.output<Query>) }),
    );

    app.post(
      "/:id/merge",
      {
        schema: {
          tags: [options.tag],
          summary: "Merge a duplicate into this one",
          description: `In one transaction: ${options.merge.description}; the duplicate is deleted. \`preview: true\` answers the same and changes nothing.`,
          params: ZIdParamsSchema,
          body: ZMergeRequestSchema,
          response: { 200: options.merge.response, ...RECORD_ERRORS },
        },
      },
      async (request) => {
        const preview = request.body.preview ?? false;
        const merged = await runMerge(app.db, preview, (tx) =>
          options.run(tx, request.user.id, request.params.id, request.body.sourceId),
        );
        return { ...merged, preview };
      },
    );
  };
}

export const contactMergeRoutes = mergeRoutes({
  tag: "contacts",
  duplicates: {
    description: "Contacts with the same name (case, accents and spacing aside) or the same email (case aside).",
    query: ZContactDuplicatesQuerySchema,
    response: ZContactDuplicatesSchema,
  },
  find: findDuplicateContacts,
  merge: {
    description:
      "the duplicate's conversations, one-on-ones, tasks and sourced leads move to this contact; its empty fields take the duplicate's values, tags are united and notes appended (with anything else only the duplicate said)",
    response: ZContactMergeSchema,
  },
  run: mergeContacts,
});

export const companyMergeRoutes = mergeRoutes({
  tag: "companies",
  duplicates: {
    description: "Target companies with the same name (case, accents and spacing aside).",
    query: ZCompanyDuplicatesQuerySchema,
    response: ZCompanyDuplicatesSchema,
  },
  find: findDuplicateCompanies,
  merge: {
    description:
      "the duplicate's contacts, leads and the conversations that mentioned it move to this company; an empty priority and an untouched status take the duplicate's, notes are appended",
    response: ZCompanyMergeSchema,
  },
  run: mergeCompanies,
});
