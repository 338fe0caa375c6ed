import { MAX_MDF_DESCRIPTION_LENGTH, type MdfBalance, type MdfForm } from '@partnerkit/contracts';
import { html } from 'lit';
import type { FormController } from '../internal/form-controller.js';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { PkMoneyField } from '../money-field/money-field.js';
import { availability, OUTCOMES } from './mdf-model.js';
import { formatPeriod } from '../mdf/period.js';

interface FieldsContext {
  mdfForm: MdfForm;
  balances: readonly MdfBalance[];
  form: FormController;
  localize: LocalizeController;
}

type ValueHost = HTMLElement & { value: string };

/** What is still available for the typed amount, currency and start date; said politely. */
function availableText(ctx: FieldsContext): string {
  const { localize, form } = ctx;
  const t = (key: string, options?: Record<string, unknown>) => localize.t(key, options);
  const { balance, asked, currency, startDate } = availability(form.values, ctx.balances);
  if (!startDate || !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) return t('available.pickDate');
  if (!balance) return t('available.noFund', { currency });
  const money = (minor: number) => localize.money(minor, currency);
  const period = formatPeriod(localize, balance.period);
  const left = balance.available - (asked ?? 0);
  return left >= 0
    ? t('available.remaining', {
        remaining: money(left),
        available: money(balance.available),
        period,
      })
    : t('available.over', { over: money(-left), available: money(balance.available), period });
}

/** The request form's fields: the activity, its money and dates, what it should bring. */
export function renderFields(ctx: FieldsContext): unknown {
  const { mdfForm, form, localize } = ctx;
  const t = (key: string, options?: Record<string, unknown>) => localize.t(key, options);
  const str = (path: string) => {
    const value = form.get(path);
    return value === undefined || value === null ? '' : String(value);
  };
  const onValue = (path: string) => (event: Event) =>
    form.set(path, (event.currentTarget as ValueHost).value);
  const touch = (path: string) => () => form.touch(path);
  const amount = (form.get('amount') ?? {}) as { value?: number | null; currency?: string };
  const activity = mdfForm.activityTypes.find((type) => type.key === form.get('activityType'));

  return html`<fieldset part="section">
      <legend>${t('sections.activity')}</legend>
      <pk-select
        data-path="activityType"
        label=${t('fields.activityType')}
        empty-label=${t('common:choose')}
        required
        help-text=${
          activity
            ? t('fields.activityHelp', {
                rate: localize.number(activity.coopRateBps / 10_000, { style: 'percent' }),
              })
            : ''
        }
        .options=${mdfForm.activityTypes.map((type) => ({ value: type.key, label: type.label }))}
        .value=${str('activityType')}
        .error=${form.error('activityType') ?? ''}
        @input=${onValue('activityType')}
        @focusout=${touch('activityType')}
      ></pk-select>
      <pk-text-field
        data-path="title"
        label=${t('fields.title')}
        required
        maxlength="200"
        autocomplete="off"
        .value=${str('title')}
        .error=${form.error('title') ?? ''}
        @input=${onValue('title')}
        @focusout=${touch('title')}
      ></pk-text-field>
      <pk-date-field
        data-path="startDate"
        label=${t('fields.startDate')}
        required
        .value=${str('startDate')}
        .error=${form.error('startDate') ?? ''}
        @input=${onValue('startDate')}
        @focusout=${touch('startDate')}
      ></pk-date-field>
      <pk-date-field
        data-path="endDate"
        label=${t('fields.endDate')}
        required
        .value=${str('endDate')}
        .error=${form.error('endDate') ?? ''}
        @input=${onValue('endDate')}
        @focusout=${touch('endDate')}
      ></pk-date-field>
      <div class="wide amount">
        <pk-money-field
          data-path="amount"
          label=${t('fields.amount')}
          currency-label=${t('fields.currency')}
          required
          .locale=${localize.locale}
          .currencies=${mdfForm.currencies}
          .currency=${amount.currency ?? mdfForm.currencies[0] ?? ''}
          .amount=${amount.value ?? null}
          .error=${form.error('amount') ?? ''}
          @input=${(event: Event) => {
            const field = event.currentTarget as PkMoneyField;
            form.set('amount', { value: field.amount, currency: field.currency });
          }}
          @focusout=${touch('amount')}
        ></pk-money-field>
        <p part="available" class="meta" role="status" aria-live="polite">${availableText(ctx)}</p>
      </div>
    </fieldset>
    <fieldset part="section">
      <legend>${t('sections.outcomes')}</legend>
      ${OUTCOMES.map((kind) => {
        const path = `expectedOutcomes.${kind}`;
        return html`<pk-text-field
          data-path=${path}
          label=${t(`mdf:outcomes.${kind}`)}
          inputmode="numeric"
          .value=${str(path)}
          .error=${form.error(path) ?? ''}
          @input=${(event: Event) => {
            const raw = (event.currentTarget as ValueHost).value.trim();
            const number = Number(raw);
            form.set(path, raw === '' ? '' : /^\d+$/.test(raw) ? number : raw);
          }}
          @focusout=${touch(path)}
        ></pk-text-field>`;
      })}
    </fieldset>
    <fieldset part="section">
      <legend>${t('sections.more')}</legend>
      <pk-text-field
        data-path="campaignId"
        label=${t('fields.campaign')}
        help-text=${t('fields.campaignHelp')}
        maxlength="64"
        autocomplete="off"
        .value=${str('campaignId')}
        .error=${form.error('campaignId') ?? ''}
        @input=${onValue('campaignId')}
        @focusout=${touch('campaignId')}
      ></pk-text-field>
      <pk-textarea
        data-path="description"
        class="wide"
        label=${t('fields.description')}
        maxlength=${MAX_MDF_DESCRIPTION_LENGTH}
        .value=${str('description')}
        .error=${form.error('description') ?? ''}
        @input=${onValue('description')}
        @focusout=${touch('description')}
      ></pk-textarea>
    </fieldset>`;
}
