import * as z from 'zod/mini';
import { named } from '../schema.js';

/** What a partner reports after an activity; an activity type may require some of them. */
export const MdfResultKind = z.enum(['leads', 'attendees', 'impressions']);
export type MdfResultKind = z.infer<typeof MdfResultKind>;

/** The proof of performance a claim must carry for an activity type. */
export const MdfProofRequirement = named(
  z.object({
    /** At least one file (invoice, photos, screenshots). */
    files: z.boolean(),
    /** Results the claim must report. */
    results: z.array(MdfResultKind),
  }),
  'MdfProofRequirement',
);
export type MdfProofRequirement = z.infer<typeof MdfProofRequirement>;

/** Basis points: 10,000 = 100 %. */
export const BASIS_POINTS = 10_000;

/** A co-op (reimbursement) rate in basis points: 5000 reimburses half the spend. */
export const CoopRateBps = z.int().check(z.minimum(1), z.maximum(BASIS_POINTS));

/**
 * An activity type as the tenant defines it in its settings, with its label in every locale
 * it has (`label` is the fallback).
 */
export const MdfActivityTypeDefinition = named(
  z.object({
    key: z.string().check(z.regex(/^[a-z][a-z0-9_]{0,63}$/)),
    label: z.string(),
    /** Translations of `label` by locale. */
    labels: z.optional(z.record(z.string(), z.string())),
    coopRateBps: CoopRateBps,
    proof: MdfProofRequirement,
  }),
  'MdfActivityTypeDefinition',
);
export type MdfActivityTypeDefinition = z.infer<typeof MdfActivityTypeDefinition>;

/** An activity type as the request form shows it: `label` in the reader's locale. */
export const MdfActivityType = named(
  z.omit(MdfActivityTypeDefinition, { labels: true }),
  'MdfActivityType',
);
export type MdfActivityType = z.infer<typeof MdfActivityType>;
