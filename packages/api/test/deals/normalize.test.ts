import { describe, expect, it } from 'vitest';
import { normalizeCompanyName, normalizeDomain } from '../../src/deals/normalize.js';

describe('normalizeCompanyName', () => {
  it.each([
    ['Acme Inc', 'acme'],
    ['ACME, Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['acme llc', 'acme'],
    ['Acme Ltd.', 'acme'],
    ['Acme Limited', 'acme'],
    ['Acme PLC', 'acme'],
    ['Acme Corp.', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme Co.', 'acme'],
    ['Acme Co. Ltd.', 'acme'],
    ['Acme Pty Ltd', 'acme'],
    ['Acme Pvt. Ltd.', 'acme'],
    ['Müller GmbH', 'muller'],
    ['Müller GmbH & Co. KG', 'muller'],
    ['Müller AG', 'muller'],
    ['Müller UG (haftungsbeschränkt)', 'muller'],
    ['Müller Verwaltungs mbH', 'muller verwaltungs'],
    ['Société Générale S.A.', 'societe generale'],
    ['Société Générale SA', 'societe generale'],
    ['Dupont SAS', 'dupont'],
    ['Dupont SARL', 'dupont'],
    ['Telefónica S.L.', 'telefonica'],
    ['Telefónica SL', 'telefonica'],
    ['Fiat S.p.A.', 'fiat'],
    ['Fiat SRL', 'fiat'],
    ['Philips B.V.', 'philips'],
    ['Philips N.V.', 'philips'],
    ['Nokia Oy', 'nokia'],
    ['Nokia Oyj', 'nokia'],
    ['Volvo AB', 'volvo'],
    ['Equinor AS', 'equinor'],
    ['Toyota K.K.', 'toyota'],
    ['Toyota KK', 'toyota'],
    ['Kowalski Sp. z o.o.', 'kowalski'],
    ['Cemex S.A. de C.V.', 'cemex'],
    ['Cemex SA de CV', 'cemex'],
    ['Betterware S.A.B. de C.V.', 'betterware'],
    ['Kavak S.A.P.I. de C.V.', 'kavak'],
    ['Kavak SAPI de CV', 'kavak'],
    ['Tacos Orinoco S. de R.L. de C.V.', 'tacos orinoco'],
    ['Tacos Orinoco S de RL', 'tacos orinoco'],
    ['Infosys Private Limited', 'infosys'],
    ['Infosys Pvt Ltd', 'infosys'],
  ])('strips the legal form of %s', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected);
  });

  it('spells & and + as and, folds case, accents and punctuation', () => {
    expect(normalizeCompanyName('Johnson & Johnson')).toBe('johnson and johnson');
    expect(normalizeCompanyName('Johnson+Johnson')).toBe('johnson and johnson');
    expect(normalizeCompanyName('  Café   Zürich-Nord  ')).toBe('cafe zurich nord');
    expect(normalizeCompanyName("McDonald's")).toBe('mcdonalds');
    expect(normalizeCompanyName('Straße AG')).toBe('strasse');
    expect(normalizeCompanyName('Ørsted A/S')).toBe('orsted');
  });

  it('drops a leading "The"', () => {
    expect(normalizeCompanyName('The Acme Company')).toBe('acme');
  });

  it('keeps a name that is only a legal form, and keeps inner legal words', () => {
    expect(normalizeCompanyName('Limited')).toBe('limited');
    expect(normalizeCompanyName('AG')).toBe('ag');
    expect(normalizeCompanyName('Co-op Services')).toBe('co op services');
    expect(normalizeCompanyName('Private Bank Limited')).toBe('private bank');
  });

  it('keeps non-Latin scripts', () => {
    expect(normalizeCompanyName('株式会社トヨタ')).toBe('株式会社トヨタ');
    expect(normalizeCompanyName('شركة أرامكو')).toBe('شركة ارامكو');
  });
});

describe('normalizeDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/', 'example.com'],
    ['http://example.com/path?q=1#x', 'example.com'],
    ['https://example.com:8443/shop', 'example.com'],
    ['example.com.', 'example.com'],
    ['https://user:pass@www.example.com', 'example.com'],
    ['  shop.example.co.uk ', 'shop.example.co.uk'],
    ['xn--mller-kva.de', 'xn--mller-kva.de'],
    ['wwwexample.com', 'wwwexample.com'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });
});
