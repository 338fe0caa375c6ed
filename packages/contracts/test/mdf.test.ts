import { describe, expect, it } from 'vitest';
import {
  applyRateHalfEven,
  MdfAllocationInput,
  MdfRequestInput,
  MdfTransitionInput,
  reimbursableAmount,
} from '../src/index.js';

describe('applyRateHalfEven', () => {
  it('rounds half to the even minor unit, other fractions to the nearest', () => {
    // 5 × 50 % = 2.5 → 2; 7 × 50 % = 3.5 → 4; 3 × 50 % = 1.5 → 2; 1 × 50 % = 0.5 → 0.
    expect([5, 7, 3, 1].map((spend) => applyRateHalfEven(spend, 5000))).toEqual([2, 4, 2, 0]);
    // 0.25 → 0, 0.75 → 1 (no tie: nearest).
    expect(applyRateHalfEven(1, 2500)).toBe(0);
    expect(applyRateHalfEven(3, 2500)).toBe(1);
    // 12,345 × 33.33 % = 4,114.5885 → 4,115.
    expect(applyRateHalfEven(12_345, 3333)).toBe(4115);
    // 10,001 × 75 % = 7,500.75 → 7,501; 10,002 × 75 % = 7,501.5 → 7,502 (even).
    expect(applyRateHalfEven(10_001, 7500)).toBe(7501);
    expect(applyRateHalfEven(10_002, 7500)).toBe(7502);
    expect(applyRateHalfEven(10_006, 7500)).toBe(7504); // 7,504.5 → 7,504
  });

  it('stays exact at the largest safe amounts', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(applyRateHalfEven(max, 10_000)).toBe(max);
    // 9,007,199,254,740,991 / 2 = …495.5 → …496 (even).
    expect(applyRateHalfEven(max, 5000)).toBe(4_503_599_627_370_496);
  });

  it('refuses fractions', () => {
    expect(() => applyRateHalfEven(1.5, 5000)).toThrow(RangeError);
  });
});

describe('reimbursableAmount', () => {
  it('is the spend at the co-op rate, capped at the approved amount', () => {
    expect(reimbursableAmount({ spend: 80_000, coopRateBps: 5000, approved: 50_000 })).toBe(40_000);
    expect(reimbursableAmount({ spend: 200_000, coopRateBps: 5000, approved: 50_000 })).toBe(
      50_000,
    );
  });
});

describe('MDF input schemas', () => {
  const request = {
    activityType: 'webinar',
    title: 'Cloud migration webinar',
    startDate: '2026-08-10',
    endDate: '2026-08-10',
    amount: { value: 250_000, currency: 'EUR' },
    expectedOutcomes: { leads: 40 },
  };

  it('take a one-day activity and refuse one that ends before it starts, at endDate', () => {
    expect(MdfRequestInput.safeParse(request).success).toBe(true);
    const result = MdfRequestInput.safeParse({ ...request, endDate: '2026-08-09' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['endDate']]);
  });

  it('refuse a period that ends before it starts, at period.end', () => {
    const result = MdfAllocationInput.safeParse({
      partnerId: 'par_1',
      period: { start: '2026-07-01', end: '2026-06-30' },
      amount: { value: 1, currency: 'USD' },
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['period', 'end']]);
  });

  it('take an approved amount only with approve, a payment reference only with mark_paid', () => {
    const amount = { value: 100, currency: 'USD' };
    expect(
      MdfTransitionInput.safeParse({ action: 'approve', approvedAmount: amount }).success,
    ).toBe(true);
    const paths = (input: unknown) =>
      MdfTransitionInput.safeParse(input).error?.issues.map((issue) => issue.path);
    expect(paths({ action: 'reject', approvedAmount: amount })).toEqual([['approvedAmount']]);
    expect(paths({ action: 'approve', paymentReference: 'INV-1' })).toEqual([['paymentReference']]);
    expect(paths({ action: 'mark_paid', paymentReference: 'INV-1' })).toBeUndefined();
  });
});
