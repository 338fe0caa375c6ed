/**
 * A fresh `Idempotency-Key` for one logical submission. Keep it with the submission and pass it
 * again when the same submission is retried later, so the API answers with the first result
 * instead of creating a duplicate.
 */
export function newIdempotencyKey(): string {
  // getRandomValues rather than randomUUID: the latter is missing outside secure contexts.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
