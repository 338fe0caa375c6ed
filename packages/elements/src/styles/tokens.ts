import { css } from 'lit';

/**
 * Tier 1: global design tokens, set on `<pk-portal>` and inherited by every widget inside.
 * Widgets only read them through their own `:host` properties (tier 2). Both palettes keep
 * text at WCAG AA contrast (4.5:1) on their surfaces.
 */
export const lightTokens = css`
  --pk-color-brand: #1d4ed8;
  --pk-color-brand-contrast: #ffffff;
  --pk-color-text: #1f2328;
  --pk-color-text-muted: #59636e;
  --pk-color-surface: #ffffff;
  --pk-color-surface-raised: #f6f8fa;
  --pk-color-border: #6e7781;
  --pk-color-focus: #0969da;
  --pk-color-danger: #b42318;
  --pk-color-danger-surface: #fef3f2;
  --pk-color-success: #116329;
  --pk-color-success-surface: #effaf1;
  --pk-color-warning: #8a4b00;
  --pk-color-warning-surface: #fff8e6;
  color-scheme: light;
`;

export const darkTokens = css`
  --pk-color-brand: #8ab4ff;
  --pk-color-brand-contrast: #0d1117;
  --pk-color-text: #e6edf3;
  --pk-color-text-muted: #9da7b3;
  --pk-color-surface: #0d1117;
  --pk-color-surface-raised: #161b22;
  --pk-color-border: #6e7681;
  --pk-color-focus: #79b8ff;
  --pk-color-danger: #ff9b8f;
  --pk-color-danger-surface: #2d1214;
  --pk-color-success: #7ee2a0;
  --pk-color-success-surface: #0f2418;
  --pk-color-warning: #f5c26b;
  --pk-color-warning-surface: #2b2111;
  color-scheme: dark;
`;

export const shapeTokens = css`
  --pk-font-family:
    system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans JP',
    sans-serif;
  --pk-font-size: 1rem;
  --pk-font-size-small: 0.875rem;
  --pk-font-size-large: 1.25rem;
  --pk-line-height: 1.5;
  --pk-radius: 0.375rem;
  --pk-space: 0.5rem;
  --pk-focus-ring: 0 0 0 3px var(--pk-color-focus);
`;
