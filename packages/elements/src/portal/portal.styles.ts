import { css } from 'lit';
import { darkTokens, lightTokens, shapeTokens } from '../styles/tokens.js';

export const portalStyles = css`
  :host {
    ${lightTokens}
    ${shapeTokens}
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    padding: var(--pk-portal-padding, 0);
    background: var(--pk-portal-background, var(--pk-color-surface));
    color: var(--pk-color-text);
    font-family: var(--pk-font-family);
    font-size: var(--pk-font-size);
    line-height: var(--pk-line-height);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  [part='header'] {
    display: flex;
    align-items: center;
    gap: var(--pk-space);
    margin-block-end: calc(var(--pk-space) * 2);
  }
  [part='logo'] {
    max-block-size: var(--pk-portal-logo-height, 2.5rem);
    max-inline-size: 100%;
  }
`;
