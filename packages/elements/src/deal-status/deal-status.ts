import { isAbortError, newIdempotencyKey, ValidationError } from '@partnerkit/client';
import { DealStatus, type Deal, type DealEvent, type Page } from '@partnerkit/contracts';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LiveController } from '../internal/live-controller.js';
import { PkElement } from '../internal/pk-element.js';
import { ResourceController } from '../internal/resource-controller.js';
import type { PkSelect } from '../select/select.js';
import { dealStatusStyles } from './deal-status.styles.js';
import loaders from './locales/index.js';
import { renderDealCard, renderDealDetail, type ExtensionState } from './render-deal.js';

const PAGE_SIZE = 20;

interface Detail {
  deal: Deal;
  events: DealEvent[];
}

/**
 * @tag pk-deal-status
 * @summary The partner's deal registrations: a list filtered by status with "load more", or
 * one deal (`deal-id`) with its protection countdown, timeline and extension request. It
 * refreshes whenever a `pk-deal-submitted` event happens anywhere on the page, and stays live
 * while on the page: deal changes stream from `GET /v1/events` (or, where the API does not
 * stream, a re-list every 30 s while the page is visible), update the deals in place, add newly
 * registered ones at the top, and are announced politely ("Contoso GmbH: Approved").
 *
 * Place it inside `<pk-portal>`.
 *
 * @csspart base - The widget's root.
 * @csspart filter - The status filter.
 * @csspart list - The list of deals.
 * @csspart item - One deal in the list.
 * @csspart status - A status badge.
 * @csspart countdown - The protection countdown.
 * @csspart load-more - The "load more" button.
 * @csspart empty - The message when there are no deals.
 * @csspart detail - One deal's details.
 * @csspart timeline - The deal's timeline.
 * @csspart extension - The extension request form or its state.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state.
 * @csspart missing-portal - The message shown outside a `<pk-portal>`.
 *
 * @cssproperty --pk-deal-status-gap - Space between blocks.
 * @cssproperty --pk-deal-status-card-background - Background of a deal card.
 * @cssproperty --pk-deal-status-card-border - Border of deal cards and the timeline.
 * @cssproperty --pk-deal-status-badge-background - Background of status badges.
 *
 * @fires pk-error - `{error}`: loading or an extension request failed (the widget shows it too).
 */
export class PkDealStatus extends PkElement {
  static override styles = dealStatusStyles;

  /** Show this one deal instead of the list. */
  @property({ attribute: 'deal-id' }) dealId: string | undefined;
  /** Only list deals in this status. */
  @property({ reflect: true }) status: DealStatus | undefined;

  @state() protected selectedId: string | undefined;
  @state() protected loadingMore = false;
  @state() protected announcement = '';
  @state() protected extension: ExtensionState = { reason: '', sending: false };

  protected readonly deals = new ResourceController<Page<Deal>>(this, {
    load: (signal) =>
      this.client!.deals.list({ status: this.status, limit: PAGE_SIZE }, { signal }),
    isEmpty: (page) => page.items.length === 0,
    onError: (error) => this.emitError(error),
  });

  protected readonly detail = new ResourceController<Detail>(this, {
    load: async (signal) => {
      const id = this.#detailId!;
      const [deal, events] = await Promise.all([
        this.client!.deals.get(id, { signal }),
        this.#allEvents(id, signal),
      ]);
      return { deal, events };
    },
    onError: (error) => this.emitError(error),
  });

  protected readonly live = new LiveController(this, {
    client: () => this.client,
    onNotification: ({ data }) => this.#apply([data.deal], data.event),
    poll: (signal) => this.#poll(signal),
  });

  readonly #onSubmitted = () => this.#refresh();
  #tick: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super('deal-status', loaders);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pk-deal-submitted', this.#onSubmitted);
    // The protection countdowns are relative to now: keep them current.
    this.#tick = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pk-deal-submitted', this.#onSubmitted);
    clearInterval(this.#tick);
  }

  get #detailId(): string | undefined {
    return this.dealId ?? this.selectedId;
  }

  async #allEvents(id: string, signal: AbortSignal): Promise<DealEvent[]> {
    const events: DealEvent[] = [];
    for await (const event of this.client!.deals.eventsAll(id, { limit: 100 }, { signal })) {
      events.push(event);
    }
    return events;
  }

  protected portalReady(): void {
    this.#refresh();
    this.live.start();
  }

  /** Re-reads the deals shown without a loading state, applying them as live changes. */
  async #poll(signal: AbortSignal): Promise<void> {
    const id = this.#detailId;
    if (id) {
      const [deal, events] = await Promise.all([
        this.client!.deals.get(id, { signal }),
        this.#allEvents(id, signal),
      ]);
      this.#apply([deal], null, events);
    }
    if (!this.dealId) {
      const page = await this.client!.deals.list(
        { status: this.status, limit: PAGE_SIZE },
        { signal },
      );
      this.#apply([...page.items].reverse(), null);
    }
  }

  /**
   * Puts changed deals in place (new ones matching the filter at the top), extends the open
   * timeline, and announces every status that changed.
   */
  #apply(deals: readonly Deal[], event: DealEvent | null, events?: DealEvent[]): void {
    const changed: Deal[] = [];
    const page = this.deals.value;
    const listed = this.deals.status === 'ready' || this.deals.status === 'empty';
    let items = page?.items ?? [];
    for (const deal of deals) {
      const index = items.findIndex((item) => item.id === deal.id);
      if (index >= 0) {
        if (items[index]!.status !== deal.status) changed.push(deal);
        items = items.map((item) => (item.id === deal.id ? deal : item));
      } else if (listed && (!this.status || deal.status === this.status)) {
        changed.push(deal);
        items = [deal, ...items];
      }
    }
    if (page && listed) {
      this.deals.value = { ...page, items };
      this.deals.status = items.length ? 'ready' : 'empty';
    }
    const detail = this.detail.value;
    const shown = deals.find((deal) => deal.id === detail?.deal.id);
    if (detail && shown) {
      if (detail.deal.status !== shown.status && !changed.includes(shown)) changed.push(shown);
      this.detail.value = {
        deal: shown,
        events:
          events ??
          (event && !detail.events.some(({ id }) => id === event.id)
            ? [...detail.events, event]
            : detail.events),
      };
    }
    if (changed.length) {
      this.announcement = changed
        .map((deal) =>
          this.localize.t('live', {
            company: deal.company.name,
            status: this.localize.t(`common:status.${deal.status}`),
          }),
        )
        .join(' ');
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.client || changed.has('client')) return;
    if (changed.has('status') && !this.#detailId) void this.deals.run();
    if (changed.has('dealId')) this.#refresh();
  }

  #refresh(): void {
    if (!this.client) return;
    if (this.#detailId) void this.detail.run();
    if (!this.dealId) void this.deals.run();
  }

  async #loadMore(): Promise<void> {
    const page = this.deals.value;
    if (!page?.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const next = await this.client!.deals.list({
        status: this.status,
        cursor: page.nextCursor,
        limit: PAGE_SIZE,
      });
      this.deals.value = { items: [...page.items, ...next.items], nextCursor: next.nextCursor };
      this.announcement = this.localize.t('loaded', { count: next.items.length });
    } catch (error) {
      this.emitError(error);
      this.announcement = this.errorMessage(error);
    } finally {
      this.loadingMore = false;
    }
  }

  async #open(id: string | undefined): Promise<void> {
    const from = this.selectedId;
    this.selectedId = id;
    this.extension = { reason: '', sending: false };
    // Focus moves once the new view is there: the heading of the deal, or back to its card.
    if (id) await this.detail.run();
    await this.updateComplete;
    const target = id
      ? this.renderRoot.querySelector<HTMLElement>('#detail-title')
      : this.renderRoot.querySelector<HTMLElement>(`[data-deal="${from}"] button`);
    target?.focus();
  }

  async #requestExtension(event: Event): Promise<void> {
    event.preventDefault();
    const deal = this.detail.value?.deal;
    if (!deal || this.extension.sending) return;
    const reason = this.extension.reason.trim();
    if (!reason) {
      this.extension = { ...this.extension, fieldError: this.localize.t('common:errors.required') };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('pk-textarea')?.focus();
      return;
    }
    const key = this.extension.key ?? newIdempotencyKey();
    this.extension = { reason: this.extension.reason, sending: true, key };
    try {
      await this.client!.deals.requestExtension(deal.id, { reason }, { idempotencyKey: key });
      this.extension = { reason: '', sending: false };
      await this.detail.run();
    } catch (error) {
      if (isAbortError(error)) return;
      this.emitError(error);
      this.extension = { ...this.extension, sending: false, ...this.#extensionError(error) };
    }
  }

  #extensionError(error: unknown): Partial<ExtensionState> {
    const code = (error as { code?: unknown }).code;
    if (code === 'extension_limit_reached') {
      return { key: undefined, error: this.localize.t('extension.limit') };
    }
    if (code === 'extension_already_pending') {
      return { key: undefined, error: this.localize.t('extension.alreadyPending') };
    }
    if (error instanceof ValidationError) {
      const message = error.fieldErrors.find((field) => field.path === 'reason')?.message;
      return {
        key: undefined,
        fieldError: message ? this.localize.t('common:errors.format') : undefined,
        error: this.localize.t('extension.failed'),
      };
    }
    return { error: `${this.localize.t('extension.failed')} ${this.errorMessage(error)}` };
  }

  protected renderWidget(): unknown {
    const body = this.#detailId ? this.#renderDetail() : this.#renderList();
    return html`<div class="stack">
      ${body}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  #renderDetail(): unknown {
    return html`${
      this.dealId
        ? nothing
        : html`<div>
            <button
              type="button"
              class="button secondary"
              part="back"
              @click=${() => this.#open(undefined)}
            >
              ${this.localize.t('back')}
            </button>
          </div>`
    }
    ${this.detail.render({
      loading: () => this.renderLoading(),
      error: (error, retry) =>
        (error as { status?: unknown }).status === 404
          ? html`<p part="error" class="note danger" role="alert">
              ${this.localize.t('notFound')}
            </p>`
          : this.renderLoadError(error, retry),
      ready: ({ deal, events }) =>
        renderDealDetail(deal, events, this.localize, {
          state: this.extension,
          onReason: (reason) =>
            (this.extension = { ...this.extension, reason, fieldError: undefined }),
          onSubmit: (event) => this.#requestExtension(event),
        }),
    })}`;
  }

  #renderList(): unknown {
    const t = (key: string, options?: Record<string, unknown>) => this.localize.t(key, options);
    const statuses = DealStatus.options.map((value) => ({
      value,
      label: t(`common:status.${value}`),
    }));
    return html`<div class="toolbar">
        <h2>${t('title')}</h2>
        <pk-select
          part="filter"
          exportparts="select: filter-select"
          label=${t('filter')}
          empty-label=${t('allStatuses')}
          .options=${statuses}
          .value=${this.status ?? ''}
          @input=${(event: Event) => {
            const value = (event.currentTarget as PkSelect).value;
            this.status = value ? (value as DealStatus) : undefined;
          }}
        ></pk-select>
      </div>
      ${this.deals.render({
        loading: () => this.renderLoading(),
        error: (error, retry) => this.renderLoadError(error, retry),
        empty: () =>
          html`<p part="empty" class="note">${this.status ? t('emptyFiltered') : t('empty')}</p>`,
        ready: (page) =>
          html`<ul part="list" class="deals">
              ${page.items.map((deal) => renderDealCard(deal, this.localize, () => this.#open(deal.id)))}
            </ul>
            ${
              page.nextCursor
                ? html`<div>
                    <button
                      type="button"
                      class="button secondary"
                      part="load-more"
                      aria-disabled=${this.loadingMore ? 'true' : 'false'}
                      @click=${this.#loadMore}
                    >
                      ${this.loadingMore ? t('common:loading') : t('loadMore')}
                    </button>
                  </div>`
                : nothing
            }`,
      })}`;
  }
}
