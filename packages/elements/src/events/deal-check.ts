import type { DealVerdict } from '@partnerkit/contracts';

/** The live pre-check found the verdict a submission would likely get now. */
export class PkDealCheckEvent extends CustomEvent<{ verdict: DealVerdict }> {
  constructor(verdict: DealVerdict) {
    super('pk-deal-check', { bubbles: true, composed: true, detail: { verdict } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-deal-check': PkDealCheckEvent;
  }
}
