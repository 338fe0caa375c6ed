/** Finds the field a widget renders for a dotted path (`company.name`). */
export function field<T extends HTMLElement = HTMLElement & { value: string; error: string }>(
  root: Element,
  path: string,
): T {
  const found = root.shadowRoot?.querySelector<T>(`[data-path="${path}"]`);
  if (!found) throw new Error(`No field for ${path}`);
  return found;
}

/** The native control inside a PartnerKit form control. */
export function control(el: Element): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const found = el.shadowRoot?.querySelector<HTMLInputElement>('input, select, textarea');
  if (!found) throw new Error(`No native control in <${el.localName}>`);
  return found;
}

/** Types into a field like a user: the native control changes and fires `input` and `change`. */
export async function fill(root: Element, path: string, value: string): Promise<void> {
  const el = field(root, path);
  const native = control(el);
  native.value = value;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  native.dispatchEvent(new Event('change', { bubbles: true }));
  native.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await (root as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

export async function check(root: Element, path: string, checked = true): Promise<void> {
  const el = path.startsWith('#') ? root.shadowRoot!.querySelector(path)! : field(root, path);
  const box = control(el) as HTMLInputElement;
  if (box.checked !== checked) box.click();
  await (root as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

export function shadowText(el: Element, selector: string): string {
  return el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Resolves once `check` passes, polling the DOM; fails with `message` after ~3 s. */
export async function until(check: () => boolean, message = 'condition'): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${message}`);
}
