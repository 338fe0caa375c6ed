import { waitFor } from 'storybook/test';

/** An element inside a widget's shadow root, once the widget has rendered it. */
export async function inShadow<T extends HTMLElement = HTMLElement>(
  canvas: HTMLElement,
  widget: string,
  selector: string,
): Promise<T> {
  return waitFor(
    () => {
      const found = canvas.querySelector(widget)?.shadowRoot?.querySelector<T>(selector);
      if (!found) throw new Error(`${widget} has not rendered ${selector} yet`);
      return found;
    },
    { timeout: 5000 },
  );
}

/** Clicks a widget's submit button, as the partner would. */
export async function submit(canvas: HTMLElement, widget: string): Promise<void> {
  (await inShadow(canvas, widget, '[part~="submit"]')).click();
}
