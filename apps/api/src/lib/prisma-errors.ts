/** Narrow Prisma's known request errors without importing its runtime classes. */
function prismaCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}

export const isUniqueViolation = (error: unknown) => prismaCode(error) === "P2002";
export const isRecordNotFound = (error: unknown) => prismaCode(error) === "P2025";
export const isForeignKeyViolation = (error: unknown) => prismaCode(error) === "P2003";
