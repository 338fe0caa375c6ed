import type { Deal } from '@partnerkit/contracts';

/** A deal was registered; `detail.deal.status` is the decision. */
export class PkDealSubmittedEvent extends CustomEvent<{ deal: Deal }> {
  constructor(deal: Deal) {
    super('pk-deal-submitted', { bubbles: true, composed: true, detail: { deal } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-deal-submitted': PkDealSubmittedEvent;
  }
}
