import type { MdfRequest } from '@partnerkit/contracts';

/** A request for market development funds was sent; `detail.request.status` is its state. */
export class PkMdfRequestedEvent extends CustomEvent<{ request: MdfRequest }> {
  constructor(request: MdfRequest) {
    super('pk-mdf-requested', { bubbles: true, composed: true, detail: { request } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-mdf-requested': PkMdfRequestedEvent;
  }
}
