import { describe, expect, it } from 'vitest';
import { decide, type ConflictFindings } from '../../src/deals/rules.js';

const clear: ConflictFindings = {
  outsideTerritory: false,
  ownRegistration: false,
  otherPartnerExact: false,
  otherPartnerSimilar: false,
  accountExact: false,
  accountSimilar: false,
};
const codes = (findings: Partial<ConflictFindings>, dealType: 'new' | 'upsell' = 'new') => {
  const verdict = decide({ ...clear, ...findings }, dealType);
  return [verdict.status, ...verdict.reasons.map((reason) => reason.code)];
};

describe('decide', () => {
  it('approves when nothing stands in the way, also when the country is not known yet', () => {
    expect(codes({})).toEqual(['approved', 'no_conflict']);
    expect(codes({ outsideTerritory: null })).toEqual(['approved', 'no_conflict']);
  });

  it('lets the strongest finding decide and lists rejections before reviews', () => {
    expect(codes({ otherPartnerSimilar: true, outsideTerritory: true })).toEqual([
      'rejected',
      'outside_territory',
      'similar_company',
    ]);
    expect(codes({ otherPartnerSimilar: true, accountExact: true }, 'upsell')).toEqual([
      'pending_review',
      'similar_company',
      'existing_customer',
    ]);
    expect(codes({ otherPartnerSimilar: true, accountExact: true })).toEqual([
      'rejected',
      'existing_customer',
      'similar_company',
    ]);
  });

  it('does not report a similar company on top of an exact duplicate', () => {
    expect(codes({ otherPartnerExact: true, otherPartnerSimilar: true })).toEqual([
      'rejected',
      'duplicate_domain',
    ]);
  });

  it('judges existing customers by deal type, similar accounts always by review', () => {
    expect(codes({ accountExact: true })).toEqual(['rejected', 'existing_customer']);
    expect(codes({ accountExact: true }, 'upsell')).toEqual([
      'pending_review',
      'existing_customer',
    ]);
    expect(codes({ accountSimilar: true })).toEqual(['pending_review', 'existing_customer']);
  });

  it('gives every reason an English message that names nobody', () => {
    const verdict = decide({ ...clear, otherPartnerExact: true, accountSimilar: true }, 'new');
    for (const reason of verdict.reasons) expect(reason.message).toMatch(/^[A-Z].+\.$/);
  });
});
