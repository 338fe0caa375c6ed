import { css } from 'lit';
import { badgeStyles } from '../styles/badge.js';
import { widgetStyles } from '../styles/shared.js';

export const dealStatusStyles = [
  widgetStyles,
  badgeStyles,
  css`
    :host {
      --pk-deal-status-gap: calc(var(--pk-space, 0.5rem) * 2);
      --pk-deal-status-card-background: var(--pk-color-surface-raised, #f6f8fa);
      --pk-deal-status-card-border: var(--pk-color-border, #6e7781);
      --pk-deal-status-badge-background: var(--pk-color-surface, #fff);
    }
    .stack {
      display: flex;
      flex-direction: column;
      gap: var(--pk-deal-status-gap);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: var(--pk-space, 0.5rem);
    }
    .toolbar pk-select {
      flex: 0 1 16rem;
    }
    ul.deals,
    ol.timeline {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: var(--pk-space, 0.5rem);
    }
    .card {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--pk-space, 0.5rem);
      padding: calc(var(--pk-space, 0.5rem) * 1.5);
      border: 1px solid var(--pk-deal-status-card-border);
      border-radius: var(--pk-radius, 0.375rem);
      background: var(--pk-deal-status-card-background);
    }
    .card h3 {
      margin: 0;
    }
    .card p {
      margin: 0;
    }
    .meta {
      color: var(--pk-color-text-muted, #59636e);
      font-size: var(--pk-font-size-small, 0.875rem);
    }
    .badge {
      background: var(--pk-deal-status-badge-background);
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
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
      overflow-wrap: anywhere;
    }
    ol.timeline li {
      padding-inline-start: calc(var(--pk-space, 0.5rem) * 1.5);
      border-inline-start: 3px solid var(--pk-deal-status-card-border);
    }
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--pk-space, 0.5rem);
    }
    .heading h2 {
      margin: 0;
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      box-shadow: var(--pk-focus-ring, 0 0 0 3px #0969da);
    }
    form {
      display: flex;
      flex-direction: column;
      gap: var(--pk-space, 0.5rem);
      align-items: start;
    }
    form pk-textarea {
      align-self: stretch;
    }
  `,
];
