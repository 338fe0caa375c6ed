import { css } from 'lit';

/**
 * The layout of a form widget: groups of fields in a responsive grid, full-width fields, the
 * actions row and the draft notice. The widget sets `--pk-form-gap`, `--pk-form-columns` and
 * `--pk-form-section-border` on `:host` from its own documented properties.
 */
export const formLayoutStyles = css`
  form {
    display: flex;
    flex-direction: column;
    gap: var(--pk-form-gap);
  }
  fieldset {
    display: grid;
    grid-template-columns: var(--pk-form-columns);
    gap: var(--pk-form-gap);
    margin: 0;
    padding: var(--pk-form-gap);
    border: 1px solid var(--pk-form-section-border);
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
  h2[tabindex='-1']:focus {
    outline: none;
  }
  h2[tabindex='-1']:focus-visible {
    box-shadow: var(--pk-focus-ring, 0 0 0 3px #0969da);
  }
`;
