import { css } from 'lit';

export const formControlStyles = css`
  :host {
    --pk-field-background: var(--pk-color-surface, #fff);
    --pk-field-color: var(--pk-color-text, #1f2328);
    --pk-field-border-color: var(--pk-color-border, #6e7781);
    --pk-field-radius: var(--pk-radius, 0.375rem);
    --pk-field-error-color: var(--pk-color-danger, #b42318);
    --pk-field-help-color: var(--pk-color-text-muted, #59636e);
    --pk-field-gap: calc(var(--pk-space, 0.5rem) / 2);
    display: block;
    min-inline-size: 0;
    font-family: var(--pk-font-family, system-ui, sans-serif);
    font-size: var(--pk-font-size, 1rem);
    line-height: var(--pk-line-height, 1.5);
    color: var(--pk-field-color);
  }
  :host([hidden]) {
    display: none;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--pk-field-gap);
  }
  label,
  .label {
    font-weight: 600;
  }
  .required {
    color: var(--pk-field-error-color);
    margin-inline-start: 0.25em;
  }
  .control {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--pk-field-border-color);
    border-radius: var(--pk-field-radius);
    background: var(--pk-field-background);
    color: var(--pk-field-color);
    font: inherit;
  }
  textarea.control {
    resize: vertical;
    min-block-size: 6rem;
  }
  .control:focus-visible {
    outline: none;
    border-color: var(--pk-color-focus, #0969da);
    box-shadow: var(--pk-focus-ring, 0 0 0 3px #0969da);
  }
  .control:disabled {
    opacity: 0.7;
    cursor: not-allowed;
  }
  :host(:state(user-invalid)) .control {
    border-color: var(--pk-field-error-color);
    border-width: 2px;
  }
  .help {
    color: var(--pk-field-help-color);
    font-size: var(--pk-font-size-small, 0.875rem);
  }
  .error {
    color: var(--pk-field-error-color);
    font-size: var(--pk-font-size-small, 0.875rem);
    font-weight: 600;
  }
  .error:empty,
  .help:empty {
    display: none;
  }
`;
