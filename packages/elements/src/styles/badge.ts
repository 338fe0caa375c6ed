import { css } from 'lit';

/** The status pill of `renderStatusBadge`; a widget may set its own `background`. */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    padding-inline: var(--pk-space, 0.5rem);
    border: 1px solid currentColor;
    border-radius: 999px;
    background: var(--pk-color-surface, #fff);
    font-size: var(--pk-font-size-small, 0.875rem);
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.success {
    color: var(--pk-color-success, #116329);
  }
  .badge.danger {
    color: var(--pk-color-danger, #b42318);
  }
  .badge.warning {
    color: var(--pk-color-warning, #8a4b00);
  }
`;
