import type { CustomFieldDefinition, DealForm } from '@partnerkit/contracts';
import { html, nothing } from 'lit';
import type { PkCheckbox } from '../checkbox/checkbox.js';
import type { FormController } from '../internal/form-controller.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { PkMoneyField } from '../money-field/money-field.js';
import type { SelectOption } from '../select/select.js';
import type { PrecheckController } from './precheck-controller.js';
import { renderReasons } from './render-reasons.js';

interface FieldsContext {
  dealForm: DealForm;
  form: FormController;
  localize: LocalizeController;
  precheck: PrecheckController;
  customLabel: (field: CustomFieldDefinition) => string;
}

interface TextOptions {
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  required?: boolean;
  help?: string;
  wide?: boolean;
  inputmode?: string;
}

type ValueHost = HTMLElement & { value: string };

// Naming and sorting the territory costs milliseconds and the form renders on every keystroke,
// so the options are built once per country list and locale.
const countryOptionsCache = new WeakMap<readonly string[], Map<string, SelectOption[]>>();

function countryOptions(codes: readonly string[], locale: string): SelectOption[] {
  const byLocale = countryOptionsCache.get(codes) ?? new Map<string, SelectOption[]>();
  countryOptionsCache.set(codes, byLocale);
  let options = byLocale.get(locale);
  if (!options) {
    const regions = new Intl.DisplayNames(locale, { type: 'region' });
    const collator = new Intl.Collator(locale);
    options = codes
      .map((code) => ({ value: code, label: regions.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.label, b.label));
    byLocale.set(locale, options);
  }
  return options;
}

/** The registration form's fields, grouped as the partner thinks of them. */
export function renderFields(ctx: FieldsContext): unknown {
  const { dealForm, form, localize, precheck } = ctx;
  const t = (key: string, options?: Record<string, unknown>) => localize.t(key, options);
  const str = (path: string) => {
    const value = form.get(path);
    return value === undefined || value === null ? '' : String(value);
  };
  const onValue = (path: string) => (event: Event) =>
    form.set(path, (event.currentTarget as ValueHost).value);
  const touch = (path: string) => () => form.touch(path);

  const text = (path: string, label: string, options: TextOptions = {}) =>
    html`<pk-text-field
      data-path=${path}
      class=${options.wide ? 'wide' : ''}
      label=${label}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? 'off'}
      inputmode=${options.inputmode ?? (options.type === 'email' ? 'email' : 'text')}
      help-text=${options.help ?? ''}
      ?required=${options.required ?? true}
      .value=${str(path)}
      .error=${form.error(path) ?? ''}
      @input=${onValue(path)}
      @focusout=${touch(path)}
    ></pk-text-field>`;

  const countries = countryOptions(dealForm.countries, localize.locale);
  const selected = (form.get('products') as string[] | undefined) ?? [];
  const amount = (form.get('amount') ?? {}) as { value?: number | null; currency?: string };
  const verdict = precheck.verdict;
  const productsError = form.error('products') ?? '';

  return html`<fieldset part="section">
      <legend>${t('sections.company')}</legend>
      ${text('company.name', t('fields.companyName'), { autocomplete: 'organization' })}
      ${text('company.domain', t('fields.domain'), { help: t('fields.domainHelp'), inputmode: 'url' })}
      <pk-select
        data-path="company.country"
        label=${t('fields.country')}
        empty-label=${t('common:choose')}
        required
        .options=${countries}
        .value=${str('company.country')}
        .error=${form.error('company.country') ?? ''}
        @input=${onValue('company.country')}
        @focusout=${touch('company.country')}
      ></pk-select>
      <div class="wide">
        <div part="precheck" class="precheck" role="status" aria-live="polite">
          ${
            verdict
              ? html`<div
                  class="note ${
                    verdict.status === 'approved'
                      ? 'success'
                      : verdict.status === 'rejected'
                        ? 'danger'
                        : 'warning'
                  }"
                >
                  <p>${t(`precheck.${verdict.status}`)}</p>
                  ${verdict.status === 'approved' ? nothing : renderReasons(verdict.reasons, localize)}
                </div>`
              : nothing
          }
        </div>
        <div class="checking" aria-hidden="true">
          ${precheck.checking ? t('precheck.checking') : ''}
        </div>
      </div>
    </fieldset>
    <fieldset part="section">
      <legend>${t('sections.contact')}</legend>
      ${text('contact.name', t('fields.contactName'), { autocomplete: 'off' })}
      ${text('contact.email', t('fields.contactEmail'), { type: 'email' })}
      ${text('contact.phone', t('fields.contactPhone'), { type: 'tel', required: false, inputmode: 'tel' })}
    </fieldset>
    <fieldset part="section">
      <legend>${t('sections.deal')}</legend>
      <fieldset
        class="choices wide"
        aria-describedby="products-error"
        aria-invalid=${productsError ? 'true' : 'false'}
        @focusout=${touch('products')}
      >
        <legend>${t('fields.products')}<span aria-hidden="true"> *</span></legend>
        ${dealForm.products.map(
          (product, index) =>
            html`<pk-checkbox
              data-path=${index === 0 ? 'products' : nothing}
              label=${product.name}
              value=${product.id}
              .checked=${selected.includes(product.id)}
              @input=${(event: Event) => {
                const checked = (event.currentTarget as PkCheckbox).checked;
                const current = (form.get('products') as string[] | undefined) ?? [];
                form.set(
                  'products',
                  checked
                    ? [...current.filter((id) => id !== product.id), product.id]
                    : current.filter((id) => id !== product.id),
                );
              }}
            ></pk-checkbox>`,
        )}
        <div id="products-error" class="group-error" aria-live="polite">${productsError}</div>
      </fieldset>
      <pk-money-field
        data-path="amount"
        label=${t('fields.amount')}
        currency-label=${t('fields.currency')}
        required
        .locale=${localize.locale}
        .currencies=${dealForm.currencies}
        .currency=${amount.currency ?? dealForm.defaultCurrency}
        .amount=${amount.value ?? null}
        .error=${form.error('amount') ?? ''}
        @input=${(event: Event) => {
          const field = event.currentTarget as PkMoneyField;
          form.set('amount', { value: field.amount, currency: field.currency });
        }}
        @focusout=${touch('amount')}
      ></pk-money-field>
      <pk-date-field
        data-path="expectedCloseDate"
        label=${t('fields.closeDate')}
        required
        .value=${str('expectedCloseDate')}
        .error=${form.error('expectedCloseDate') ?? ''}
        @input=${onValue('expectedCloseDate')}
        @focusout=${touch('expectedCloseDate')}
      ></pk-date-field>
      <pk-select
        data-path="dealType"
        label=${t('fields.dealType')}
        empty-label=${t('common:choose')}
        required
        .options=${dealForm.dealTypes.map((type) => ({ value: type, label: t(`dealTypes.${type}`) }))}
        .value=${str('dealType')}
        .error=${form.error('dealType') ?? ''}
        @input=${onValue('dealType')}
        @focusout=${touch('dealType')}
      ></pk-select>
      <pk-checkbox
        data-path="coSell"
        class="wide"
        label=${t('fields.coSell')}
        .checked=${form.get('coSell') === true}
        @input=${(event: Event) => form.set('coSell', (event.currentTarget as PkCheckbox).checked)}
      ></pk-checkbox>
      <pk-textarea
        data-path="notes"
        class="wide"
        label=${t('fields.notes')}
        maxlength="4000"
        .value=${str('notes')}
        .error=${form.error('notes') ?? ''}
        @input=${onValue('notes')}
        @focusout=${touch('notes')}
      ></pk-textarea>
    </fieldset>
    ${
      dealForm.customFields.length > 0
        ? html`<fieldset part="section">
            <legend>${t('sections.custom')}</legend>
            ${dealForm.customFields.map((field) => renderCustomField(field, ctx))}
          </fieldset>`
        : nothing
    }`;
}

function renderCustomField(field: CustomFieldDefinition, ctx: FieldsContext): unknown {
  const { form, localize } = ctx;
  const path = `customFields.${field.key}`;
  const label = ctx.customLabel(field);
  const value = form.get(path);
  const error = form.error(path) ?? '';
  const touch = () => form.touch(path);
  switch (field.type) {
    case 'boolean':
      return html`<pk-checkbox
        data-path=${path}
        label=${label}
        .checked=${value === true}
        .error=${error}
        @input=${(event: Event) => form.set(path, (event.currentTarget as PkCheckbox).checked)}
      ></pk-checkbox>`;
    case 'select':
      return html`<pk-select
        data-path=${path}
        label=${label}
        empty-label=${localize.t('common:choose')}
        ?required=${field.required}
        .options=${field.options ?? []}
        .value=${typeof value === 'string' ? value : ''}
        .error=${error}
        @input=${(event: Event) => form.set(path, (event.currentTarget as ValueHost).value)}
        @focusout=${touch}
      ></pk-select>`;
    case 'number':
      return html`<pk-text-field
        data-path=${path}
        label=${label}
        inputmode="decimal"
        ?required=${field.required}
        .value=${value === undefined || value === null ? '' : String(value)}
        .error=${error}
        @input=${(event: Event) => {
          const raw = (event.currentTarget as ValueHost).value.trim();
          const number = Number(raw);
          form.set(path, raw === '' ? '' : Number.isFinite(number) ? number : raw);
        }}
        @focusout=${touch}
      ></pk-text-field>`;
    case 'text':
      return html`<pk-text-field
        data-path=${path}
        label=${label}
        ?required=${field.required}
        .value=${typeof value === 'string' ? value : ''}
        .error=${error}
        @input=${(event: Event) => form.set(path, (event.currentTarget as ValueHost).value)}
        @focusout=${touch}
      ></pk-text-field>`;
  }
}
