import { ZIdSchema } from "@traction/schemas";
import { notFound } from "next/navigation";

/** A record page's id: a malformed one can name no record, so it is the branded 404 page at once. */
export function recordIdOr404(id: string): string {
  if (!ZIdSchema.safeParse(id).success) notFound();
  return id;
}
