import { ContextRoot } from '@lit/context';

/** Shared by every copy of PartnerKit on the page: one root re-sends a request once. */
const INSTALLED = Symbol.for('partnerkit.context-root');

/**
 * Makes every load order work: a widget upgraded before its `<pk-portal>` is defined, or
 * before a portal is put around it, asks for the portal's context and finds no provider yet.
 * The root keeps those requests and sends them again when a provider connects. Idempotent.
 */
export function installContextRoot(): void {
  const page = globalThis as { [INSTALLED]?: true };
  if (page[INSTALLED] || typeof document === 'undefined') return;
  page[INSTALLED] = true;
  new ContextRoot().attach(document.documentElement);
}
