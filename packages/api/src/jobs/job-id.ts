import { createHash } from 'node:crypto';

/**
 * A UUID derived from a delivery and its generation. pg-boss inserts jobs with
 * `ON CONFLICT DO NOTHING`, so queueing the same generation twice (after a crash between
 * queueing and noting it) creates one job, not two.
 */
export function deliveryJobId(deliveryId: string, generation: number): string {
  const hex = createHash('sha256').update(`${deliveryId}:${generation}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
