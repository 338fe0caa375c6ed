import { expect } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup } from 'lit';
import { PkCheckbox } from '../checkbox/checkbox.js';
import { PkDateField } from '../date-field/date-field.js';
import { PkDealRegistration } from '../deal-registration/deal-registration.js';
import { PkDealStatus } from '../deal-status/deal-status.js';
import { PkMdfRequest } from '../mdf-request/mdf-request.js';
import { PkMoneyField } from '../money-field/money-field.js';
import { PkPortal } from '../portal/portal.js';
import { PkSelect } from '../select/select.js';
import { PkTextField } from '../text-field/text-field.js';
import { PkTextarea } from '../textarea/textarea.js';
import { darkTokens, lightTokens, shapeTokens } from './tokens.js';

function cssText(group: CSSResultGroup | undefined): string {
  if (!group) return '';
  return Array.isArray(group) ? group.map(cssText).join('\n') : (group as CSSResult).cssText;
}

const defined = (text: string) =>
  new Set([...text.matchAll(/(--pk-[\w-]+)\s*:/g)].map((m) => m[1]!));
const used = (text: string) => new Set([...text.matchAll(/var\((--pk-[\w-]+)/g)].map((m) => m[1]!));

const global = new Set([
  ...defined(lightTokens.cssText),
  ...defined(darkTokens.cssText),
  ...defined(shapeTokens.cssText),
]);
const elements = [
  PkPortal,
  PkDealRegistration,
  PkDealStatus,
  PkMdfRequest,
  PkTextField,
  PkTextarea,
  PkSelect,
  PkDateField,
  PkMoneyField,
  PkCheckbox,
];

// Documented on <pk-portal> for the page to set; unset, they fall back to the surface tokens.
const PAGE_HOOKS = ['--pk-portal-padding', '--pk-portal-background', '--pk-portal-logo-height'];

describe('design tokens', () => {
  it('light and dark palettes define the same tokens', () => {
    expect([...defined(darkTokens.cssText)].sort()).to.deep.equal(
      [...defined(lightTokens.cssText)].sort(),
    );
  });

  it('every token an element reads is a global token or its own', () => {
    for (const element of elements) {
      const text = cssText(element.styles);
      const own = defined(text);
      const undefinedTokens = [...used(text)].filter(
        (token) => !global.has(token) && !own.has(token),
      );
      expect(
        undefinedTokens.filter((token) => !PAGE_HOOKS.includes(token)),
        element.name,
      ).to.deep.equal([]);
    }
  });

  it('every global token is read by some element', () => {
    const all = elements.map((element) => cssText(element.styles)).join('\n');
    const read = used(all);
    const unused = [...global].filter((token) => !read.has(token));
    expect(unused).to.deep.equal([]);
  });
});
