/**
 * What the API sent that its OpenAPI document does not describe, collected by
 * test/setup/openapi-responses.ts (answers) and the webhook receiver (webhook
 * payloads), and thrown after each test.
 */
export const undocumented: string[] = [];
