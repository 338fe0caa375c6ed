import type { Locator } from 'playwright-core';

/**
 * The text a user sees in an element, shadow roots included (innerText stops at them), so
 * the test can assert what a widget shows without knowing its internal markup. One loop and
 * no inner named functions: tsx would wrap those in a helper the page does not have.
 */
export function deepText(locator: Locator): Promise<string> {
  return locator.evaluate((root) => {
    const parts: string[] = [];
    const pending: Node[] = [root];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      const children: Node[] = [...node.childNodes];
      if (node instanceof Element && node.shadowRoot) children.unshift(node.shadowRoot);
      pending.push(...children.reverse());
    }
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}
