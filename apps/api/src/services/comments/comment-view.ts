/** The columns of a comment that leave the API, with its author. */
export const COMMENT_SELECT = {
  id: true,
  clientId: true,
  subjectType: true,
  subjectId: true,
  parentId: true,
  body: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true, role: true } },
} as const;
