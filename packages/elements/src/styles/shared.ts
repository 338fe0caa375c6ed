import { css } from 'lit';

/** Base styles of every widget: box model, the focus ring, buttons, status notes. */
export const widgetStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    font-family: var(--pk-font-family, system-ui, sans-serif);
    font-size: var(--pk-font-size, 1rem);
    line-height: var(--pk-line-height, 1.5);
    color: var(--pk-color-text, #1f2328);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3 {
    margin-block: 0 calc(var(--pk-space, 0.5rem) * 2);
    font-size: var(--pk-font-size-large, 1.25rem);
    line-height: 1.3;
  }
  h3 {
    font-size: var(--pk-font-size, 1rem);
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--pk-focus-ring, 0 0 0 3px #0969da);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--pk-space, 0.5rem);
    min-block-size: 2.75rem;
    padding-block: 0;
    padding-inline: calc(var(--pk-space, 0.5rem) * 2);
    border: 1px solid var(--pk-color-brand, #1d4ed8);
    border-radius: var(--pk-radius, 0.375rem);
    background: var(--pk-color-brand, #1d4ed8);
    color: var(--pk-color-brand-contrast, #fff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .button.secondary {
    background: transparent;
    color: var(--pk-color-text, #1f2328);
    border-color: var(--pk-color-border, #6e7781);
  }
  .note {
    margin: 0;
    padding-block: var(--pk-space, 0.5rem);
    padding-inline: calc(var(--pk-space, 0.5rem) * 1.5);
    border-inline-start: 4px solid var(--pk-color-border, #6e7781);
    border-radius: var(--pk-radius, 0.375rem);
    background: var(--pk-color-surface-raised, #f6f8fa);
  }
  .note p {
    margin-block: 0 calc(var(--pk-space, 0.5rem) / 2);
  }
  .note > :last-child {
    margin-block-end: 0;
  }
  .note.danger {
    border-color: var(--pk-color-danger, #b42318);
    background: var(--pk-color-danger-surface, #fef3f2);
  }
  .note.success {
    border-color: var(--pk-color-success, #116329);
    background: var(--pk-color-success-surface, #effaf1);
  }
  .note.warning {
    border-color: var(--pk-color-warning, #8a4b00);
    background: var(--pk-color-warning-surface, #fff8e6);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ul.reasons {
    margin-block: var(--pk-space, 0.5rem) 0;
    padding-inline-start: 1.25rem;
  }
`;
