/**
 * Idempotency keys for creates. A key is the draft's id, the step and a hash
 * of the body: retrying the same submission replays what the API already
 * created (no duplicates), while an edited body is a new create.
 */
export function newDraftId(): string {
  return globalThis.crypto.randomUUID();
}

export function idempotencyKey(draftId: string, step: string, body: unknown): string {
  return `${draftId}:${step}:${fnv1a(JSON.stringify(body) ?? "")}`;
}

/** 32-bit FNV-1a, as 8 hex digits: enough to tell edited bodies apart within one draft. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
