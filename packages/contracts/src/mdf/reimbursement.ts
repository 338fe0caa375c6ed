import { BASIS_POINTS } from './activity-types.js';

/**
 * `value × rateBps / 10,000` rounded half to even (banker's rounding) to the minor unit, in
 * exact integer arithmetic: 0.5 cent goes to the even cent, so rounding errors do not pile up
 * one way over many claims. The API and the widget's preview both use it.
 */
export function applyRateHalfEven(value: number, rateBps: number): number {
  if (!Number.isSafeInteger(value) || !Number.isSafeInteger(rateBps)) {
    throw new RangeError('applyRateHalfEven takes integer minor units and basis points');
  }
  const product = BigInt(value) * BigInt(rateBps);
  const divisor = BigInt(BASIS_POINTS);
  let quotient = product / divisor;
  const remainder = product % divisor;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const step = product < 0n ? -1n : 1n;
  if (twice > divisor || (twice === divisor && quotient % 2n !== 0n)) quotient += step;
  return Number(quotient);
}

/**
 * What a claim reimburses: the spend at the activity's co-op rate, never more than the
 * approved amount. All in minor units of the request's currency.
 */
export function reimbursableAmount(input: {
  spend: number;
  coopRateBps: number;
  approved: number;
}): number {
  return Math.min(input.approved, applyRateHalfEven(input.spend, input.coopRateBps));
}
