import { css } from 'lit';
import { formLayoutStyles } from '../form/form-layout.styles.js';
import { widgetStyles } from '../styles/shared.js';

export const dealRegistrationStyles = [
  widgetStyles,
  formLayoutStyles,
  css`
    :host {
      --pk-deal-registration-gap: calc(var(--pk-space, 0.5rem) * 2);
      --pk-deal-registration-section-border: var(--pk-color-border, #6e7781);
      --pk-deal-registration-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      --pk-form-gap: var(--pk-deal-registration-gap);
      --pk-form-section-border: var(--pk-deal-registration-section-border);
      --pk-form-columns: var(--pk-deal-registration-columns);
    }
    [part~='decision'] {
      display: flex;
      flex-direction: column;
      gap: var(--pk-deal-registration-gap);
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
  `,
];
