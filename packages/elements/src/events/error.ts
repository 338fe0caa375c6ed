/** A request of a widget failed; the widget shows it already, this lets the page log or react. */
export class PkErrorEvent extends CustomEvent<{ error: unknown }> {
  constructor(error: unknown) {
    super('pk-error', { bubbles: true, composed: true, detail: { error } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-error': PkErrorEvent;
  }
}
