import { css } from 'lit';
import { widgetStyles } from '../styles/shared.js';

export const dealRegistrationStyles = [
  widgetStyles,
  css`
    :host {
      --pk-deal-registration-gap: calc(var(--pk-space, 0.5rem) * 2);
      --pk-deal-registration-section-border: var(--pk-color-border, #6e7781);
      --pk-deal-registration-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    }
    form,
    [part~='decision'] {
      display: flex;
      flex-direction: column;
      gap: var(--pk-deal-registration-gap);
    }
    fieldset {
      display: grid;
      grid-template-columns: var(--pk-deal-registration-columns);
      gap: var(--pk-deal-registration-gap);
      margin: 0;
      padding: var(--pk-deal-registration-gap);
      border: 1px solid var(--pk-deal-registration-section-border);
      border-radius: var(--pk-radius, 0.375rem);
      min-inline-size: 0;
    }
    legend {
      padding-inline: var(--pk-space, 0.5rem);
      font-weight: 700;
    }
    .wide {
      grid-column: 1 / -1;
    }
    fieldset.choices {
      grid-template-columns: 1fr;
      gap: 0;
      padding-block: var(--pk-space, 0.5rem);
    }
    fieldset.choices legend {
      font-weight: 600;
    }
    .group-error {
      color: var(--pk-color-danger, #b42318);
      font-size: var(--pk-font-size-small, 0.875rem);
      font-weight: 600;
    }
    .group-error:empty {
      display: none;
    }
    .precheck:empty {
      display: none;
    }
    .checking {
      color: var(--pk-color-text-muted, #59636e);
      font-size: var(--pk-font-size-small, 0.875rem);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--pk-space, 0.5rem);
      align-items: center;
    }
    .draft {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--pk-space, 0.5rem);
    }
    [part~='decision'] h2:focus {
      outline: none;
    }
    [part~='decision'] h2:focus-visible {
      box-shadow: var(--pk-focus-ring, 0 0 0 3px #0969da);
    }
  `,
];
