/**
 * Entity tags of one object: a strong ETag naming the version of the object's
 * own fields, `"<updatedAt in ms, base 36>"`, the same for the same state.
 * (Read-only fields that Traction computes from other records, such as a
 * contact's `lastContactedOn`, can change without a new ETag.) `If-Match`
 * holds `*` or a list of ETags; a write with one that no longer matches is a
 * 412 and changes nothing: the check is part of the write's own statement.
 */
import { z } from "zod";

export function etagOf(updatedAt: Date | string): string {
  return `"${new Date(updatedAt).getTime().toString(36)}"`;
}

/** What `If-Match` allows: any existing version (`*`), or these `updatedAt` values. */
export type IfMatch = { any: true } | { any: false; versions: Date[] };

export function parseIfMatch(header: string | undefined): IfMatch | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === "*") return { any: true };
  const versions = header
    .split(",")
    .map((tag) => /^\s*(?:W\/)?"([0-9a-z]{1,12})"\s*$/.exec(tag)?.[1])
    .filter((value): value is string => value !== undefined)
    .map((value) => new Date(parseInt(value, 36)))
    .filter((date) => !Number.isNaN(date.getTime()));
  // A tag this API never made matches nothing: the write is refused (412), as for a stale one.
  return { any: false, versions };
}

/** The Prisma `where` that holds only while the object is at a version `If-Match` allows. */
export function versionWhere(ifMatch: IfMatch | undefined): object {
  return ifMatch && !ifMatch.any ? { updatedAt: { in: ifMatch.versions } } : {};
}

export const ZIfMatchHeadersSchema = z.object({
  "if-match": z.string().optional().meta({
    description:
      "The `ETag` you last read: the write happens only if the object is still at that version, else 412 and nothing changes.",
  }),
});

/** The response header of a read or write of one object, for the document. */
export const ETAG_HEADER = {
  ETag: {
    description: "The object's version: send it back in `If-Match` to write only over this version.",
    schema: { type: "string" },
  },
} as const;

/** The same header on the read of an object without versions: always sent, from the bytes of the answer. */
export const CONTENT_ETAG_HEADER = {
  ETag: {
    description: "A tag of this representation: the same while the object is unchanged, another once anything in it changes.",
    required: true,
    schema: { type: "string" },
  },
} as const;
