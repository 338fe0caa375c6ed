import { expect } from '@open-wc/testing';
import { LOCALES } from '@partnerkit/contracts';
import registration from '../deal-registration/locales/index.js';
import status from '../deal-status/locales/index.js';
import type { LocaleLoaders, Messages } from '../internal/i18n.js';
import mdfRequest from '../mdf-request/locales/index.js';
import common from './common.js';
import mdf from './mdf.js';

/** Keys without plural suffixes, so languages with more or fewer plural forms compare equal. */
function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages)
    .flatMap(([key, value]) =>
      typeof value === 'string'
        ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
        : keys(value, `${prefix}${key}.`),
    )
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort();
}

const namespaces: Record<string, LocaleLoaders> = { common, registration, status, mdf, mdfRequest };

describe('locale files', () => {
  for (const [name, loaders] of Object.entries(namespaces)) {
    it(`${name}: every locale has exactly the English keys, none empty`, async () => {
      const english = keys((await loaders.en()).default);
      for (const locale of LOCALES) {
        const messages = (await loaders[locale]()).default;
        expect(keys(messages), `${name}/${locale}`).to.deep.equal(english);
        expect(JSON.stringify(messages), `${name}/${locale}`).to.not.contain('""');
      }
    });
  }
});
