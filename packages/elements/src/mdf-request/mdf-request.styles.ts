import { css } from 'lit';
import { formLayoutStyles } from '../form/form-layout.styles.js';
import { badgeStyles } from '../styles/badge.js';
import { widgetStyles } from '../styles/shared.js';

export const mdfRequestStyles = [
  widgetStyles,
  formLayoutStyles,
  badgeStyles,
  css`
    :host {
      --pk-mdf-request-gap: calc(var(--pk-space, 0.5rem) * 2);
      --pk-mdf-request-card-background: var(--pk-color-surface-raised, #f6f8fa);
      --pk-mdf-request-card-border: var(--pk-color-border, #6e7781);
      --pk-mdf-request-meter-height: 0.75rem;
      --pk-mdf-request-available-color: var(--pk-color-success, #116329);
      --pk-mdf-request-spent-color: var(--pk-color-text-muted, #59636e);
      --pk-form-gap: var(--pk-mdf-request-gap);
      --pk-form-section-border: var(--pk-mdf-request-card-border);
      --pk-form-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    }
    .stack,
    [part~='result'] {
      display: flex;
      flex-direction: column;
      gap: var(--pk-mdf-request-gap);
    }
    .balances {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: var(--pk-mdf-request-gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .balance {
      display: flex;
      flex-direction: column;
      gap: var(--pk-space, 0.5rem);
      padding: var(--pk-mdf-request-gap);
      border: 1px solid var(--pk-mdf-request-card-border);
      border-radius: var(--pk-radius, 0.375rem);
      background: var(--pk-mdf-request-card-background);
      min-inline-size: 0;
    }
    .balance h3,
    .balance p {
      margin: 0;
    }
    .available {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--pk-space, 0.5rem);
      align-items: baseline;
    }
    .meta {
      margin: 0;
      color: var(--pk-color-text-muted, #59636e);
      font-size: var(--pk-font-size-small, 0.875rem);
    }
    .meter {
      display: flex;
      block-size: var(--pk-mdf-request-meter-height);
      overflow: hidden;
      border: 1px solid var(--pk-mdf-request-card-border);
      border-radius: 999px;
      background: var(--pk-color-surface, #fff);
    }
    .segment,
    .swatch {
      background: var(--pk-mdf-request-spent-color);
    }
    .segment.available,
    .swatch.available {
      background: var(--pk-mdf-request-available-color);
    }
    .segment.pending,
    .swatch.pending {
      opacity: 0.45;
    }
    .segment.committed,
    .swatch.committed {
      opacity: 0.65;
    }
    .segment.claimed,
    .swatch.claimed {
      opacity: 0.85;
    }
    .swatch {
      display: inline-block;
      inline-size: 0.75em;
      block-size: 0.75em;
      margin-inline-end: 0.375em;
      border-radius: 2px;
    }
    .buckets {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
      gap: var(--pk-space, 0.5rem);
      margin: 0;
    }
    dt {
      color: var(--pk-color-text-muted, #59636e);
      font-size: var(--pk-font-size-small, 0.875rem);
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
    .amount {
      display: flex;
      flex-direction: column;
      gap: calc(var(--pk-space, 0.5rem) / 2);
    }
    [part~='no-allocation'] h2 {
      margin-block-end: var(--pk-space, 0.5rem);
    }
  `,
];
