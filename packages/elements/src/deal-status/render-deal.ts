import type { Deal, DealEvent } from '@partnerkit/contracts';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import { renderStatusBadge, type BadgeTone } from '../internal/render-badge.js';
import type { PkTextarea } from '../textarea/textarea.js';

export interface ExtensionState {
  reason: string;
  sending: boolean;
  /** The Idempotency-Key of the request being sent or retried. */
  key?: string | undefined;
  error?: string | undefined;
  fieldError?: string | undefined;
}

interface ExtensionHandlers {
  state: ExtensionState;
  onReason: (reason: string) => void;
  onSubmit: (event: Event) => void;
}

const TONES: Record<Deal['status'], BadgeTone> = {
  submitted: 'warning',
  pending_review: 'warning',
  needs_info: 'warning',
  approved: 'success',
  won: 'success',
  rejected: 'danger',
  lost: 'danger',
  expired: 'danger',
};

function badge(deal: Deal, localize: LocalizeController): unknown {
  return renderStatusBadge(
    deal.status,
    localize.t(`common:status.${deal.status}`),
    TONES[deal.status],
  );
}

function countdown(deal: Deal, localize: LocalizeController): unknown {
  if (!deal.protectedUntil) return nothing;
  const until = new Date(deal.protectedUntil);
  const text =
    until.getTime() > Date.now()
      ? localize.t('protectedUntil', {
          date: localize.date(until, { dateStyle: 'medium' }),
          relative: localize.relative(until),
        })
      : localize.t('protectionEnded', { relative: localize.relative(until) });
  return html`<p part="countdown" class="meta">
    <time datetime=${deal.protectedUntil}>${text}</time>
  </p>`;
}

/** One deal in the list: who, how much, its status and how long it stays protected. */
export function renderDealCard(
  deal: Deal,
  localize: LocalizeController,
  open: () => void,
): unknown {
  return html`<li part="item" class="card" data-deal=${deal.id}>
    <div>
      <h3>${deal.company.name}</h3>
      <p class="meta">
        ${localize.money(deal.amount.value, deal.amount.currency)} ·
        ${localize.date(deal.expectedCloseDate, { dateStyle: 'medium', timeZone: 'UTC' })}
      </p>
      ${countdown(deal, localize)}
    </div>
    <div class="heading">
      ${badge(deal, localize)}
      <button type="button" class="button secondary" @click=${open}>
        ${localize.t('details')}<span class="visually-hidden">: ${deal.company.name}</span>
      </button>
    </div>
  </li>`;
}

/** The extension request is pending while the newest extension event is a request. */
function pendingExtension(events: readonly DealEvent[]): DealEvent | undefined {
  const last = events.filter((event) => event.type.startsWith('extension_')).at(-1);
  return last?.type === 'extension_requested' ? last : undefined;
}

function renderExtension(
  deal: Deal,
  events: readonly DealEvent[],
  localize: LocalizeController,
  handlers: ExtensionHandlers,
): unknown {
  if (deal.status !== 'approved') return nothing;
  const t = (key: string, options?: Record<string, unknown>) => localize.t(key, options);
  const pending = pendingExtension(events);
  const { state } = handlers;
  return html`<section part="extension" aria-labelledby="extension-title">
    <h3 id="extension-title">${t('extension.title')}</h3>
    ${
      pending
        ? html`<p class="note warning">
            ${t('extension.pending', { date: localize.date(pending.createdAt, { dateStyle: 'medium' }) })}
          </p>`
        : html`<form novalidate @submit=${handlers.onSubmit}>
            <pk-textarea
              label=${t('extension.reason')}
              required
              maxlength="2000"
              rows="3"
              .value=${state.reason}
              .error=${state.fieldError ?? ''}
              @input=${(event: Event) => handlers.onReason((event.currentTarget as PkTextarea).value)}
            ></pk-textarea>
            <div class="note danger" role="alert" ?hidden=${!state.error}>${state.error ?? ''}</div>
            <button
              type="submit"
              class="button"
              part="extension-submit"
              aria-disabled=${state.sending ? 'true' : 'false'}
            >
              ${state.sending ? t('extension.submitting') : t('extension.submit')}
            </button>
          </form>`
    }
  </section>`;
}

/** One deal: facts, protection countdown, timeline and the extension request. */
export function renderDealDetail(
  deal: Deal,
  events: readonly DealEvent[],
  localize: LocalizeController,
  handlers: ExtensionHandlers,
): unknown {
  const t = (key: string, options?: Record<string, unknown>) => localize.t(key, options);
  return html`<article part="detail" class="stack" aria-labelledby="detail-title">
    <div class="heading">
      <h2 id="detail-title" tabindex="-1">${deal.company.name}</h2>
      ${badge(deal, localize)}
    </div>
    ${countdown(deal, localize)}
    <dl>
      <div>
        <dt>${t('facts.amount')}</dt>
        <dd>${localize.money(deal.amount.value, deal.amount.currency)}</dd>
      </div>
      <div>
        <dt>${t('facts.closeDate')}</dt>
        <dd>${localize.date(deal.expectedCloseDate, { dateStyle: 'medium', timeZone: 'UTC' })}</dd>
      </div>
      <div>
        <dt>${t('facts.dealType')}</dt>
        <dd>${t(`dealTypes.${deal.dealType}`)}</dd>
      </div>
      <div>
        <dt>${t('facts.contact')}</dt>
        <dd>${deal.contact.name}</dd>
      </div>
      <div>
        <dt>${t('facts.created')}</dt>
        <dd>${localize.date(deal.createdAt, { dateStyle: 'medium' })}</dd>
      </div>
    </dl>
    <section aria-labelledby="timeline-title">
      <h3 id="timeline-title">${t('timeline')}</h3>
      ${
        events.length === 0
          ? html`<p class="meta">${t('noEvents')}</p>`
          : html`<ol part="timeline" class="timeline">
              ${events.map(
                (event) =>
                  html`<li>
                    <div>${t(`events.${event.type}`)}</div>
                    <div class="meta">
                      <time datetime=${event.createdAt}
                        >${localize.date(event.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time
                      >
                      · ${t(`actors.${event.actor}`)}
                    </div>
                    ${event.note ? html`<div>${event.note}</div>` : nothing}
                  </li>`,
              )}
            </ol>`
      }
    </section>
    ${renderExtension(deal, events, localize, handlers)}
  </article>`;
}
