import { html } from 'lit';

export type BadgeTone = 'success' | 'warning' | 'danger';

/** A status as a small pill: `part="status status-<status>"`, coloured by its tone. */
export function renderStatusBadge(status: string, label: string, tone: BadgeTone): unknown {
  return html`<span part="status status-${status}" class="badge ${tone}">${label}</span>`;
}
