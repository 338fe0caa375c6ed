import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../portal/define.js';
import type { PkPortal } from '../portal/portal.js';
import { API_BASE } from './fake-api.js';

export interface PortalOptions {
  locale?: string;
  theme?: 'light' | 'dark' | 'auto';
  token?: string;
}

/** A `<pk-portal>` against the fake API around `content`; resolves with the first child. */
export async function inPortal<T extends Element>(
  content: TemplateResult,
  options: PortalOptions = {},
): Promise<{ portal: PkPortal; el: T }> {
  const portal = await fixture<PkPortal>(
    html`<pk-portal
      api-base=${API_BASE}
      session-token=${options.token ?? 'token-1'}
      locale=${options.locale ?? 'en'}
      theme=${options.theme ?? 'light'}
      >${content}</pk-portal
    >`,
  );
  const el = portal.firstElementChild as T;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { portal, el };
}
