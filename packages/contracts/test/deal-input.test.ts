import { describe, expect, it } from 'vitest';
import { customFieldsSchema, DealInput, PageQuery } from '../src/index.js';

const valid = {
  company: { name: 'Acme GmbH', domain: 'https://www.acme.de/about', country: 'DE' },
  contact: { name: 'Dana Weiss', email: 'dana@acme.de' },
  products: ['prod_1'],
  amount: { value: 1_250_000, currency: 'EUR' },
  expectedCloseDate: '2027-03-31',
  dealType: 'new',
  coSell: false,
};

function issuePaths(input: unknown): string[] {
  const result = DealInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('DealInput', () => {
  it('accepts a complete registration and trims text', () => {
    const parsed = DealInput.parse({
      ...valid,
      company: { ...valid.company, name: '  Acme GmbH ' },
    });
    expect(parsed.company.name).toBe('Acme GmbH');
  });

  it('rejects money that is not integer minor units', () => {
    expect(issuePaths({ ...valid, amount: { value: 12.5, currency: 'EUR' } })).toEqual([
      'amount.value',
    ]);
    expect(issuePaths({ ...valid, amount: { value: 100, currency: 'eur' } })).toEqual([
      'amount.currency',
    ]);
  });

  it('names every bad field by its path', () => {
    const paths = issuePaths({
      ...valid,
      company: { name: '', domain: 'not a domain', country: 'Germany' },
      contact: { name: 'x', email: 'nope' },
      expectedCloseDate: '2027-02-30',
      dealType: 'other',
    });
    expect(paths.sort()).toEqual(
      [
        'company.country',
        'company.domain',
        'company.name',
        'contact.email',
        'dealType',
        'expectedCloseDate',
      ].sort(),
    );
  });

  it('refuses unknown fields so typos are not silently dropped', () => {
    expect(issuePaths({ ...valid, dealValue: 5 })).toEqual(['']);
  });
});

describe('customFieldsSchema', () => {
  const schema = customFieldsSchema([
    {
      key: 'segment',
      type: 'select',
      label: 'Segment',
      required: true,
      options: [{ value: 'smb', label: 'SMB' }],
    },
    { key: 'seats', type: 'number', label: 'Seats', required: false },
  ]);

  it('validates values against the tenant definitions', () => {
    expect(schema.safeParse({ segment: 'smb', seats: 40 }).success).toBe(true);
    expect(schema.safeParse({ seats: 40 }).success).toBe(false);
    expect(schema.safeParse({ segment: 'enterprise' }).success).toBe(false);
    expect(schema.safeParse({ segment: 'smb', color: 'red' }).success).toBe(false);
  });
});

describe('PageQuery', () => {
  it('coerces the limit from the query string and bounds it', () => {
    expect(PageQuery.parse({ limit: '5' })).toEqual({ limit: 5 });
    expect(PageQuery.parse({})).toEqual({ limit: 20 });
    expect(PageQuery.safeParse({ limit: '500' }).success).toBe(false);
  });
});
