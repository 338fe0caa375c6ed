import type { Locale, MdfForm } from '@partnerkit/contracts';
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import type { PartnerAuth } from '../http/env.js';
import { negotiateLocale } from '../http/locale.js';
import { partnerUsers } from '../partners/partners.table.js';
import { mdfActivityTypesOf, type TenantSettings } from '../tenants/settings.js';
import { localizedActivityType } from './activity-types.js';
import { mdfFunds } from './funds.table.js';

/** `GET /v1/mdf/form`: activity types in the reader's locale, and where the partner has funds. */
export async function readMdfForm(
  db: Db,
  auth: PartnerAuth,
  settings: TenantSettings,
  acceptLanguage: string | undefined,
  today: string,
): Promise<MdfForm> {
  const [[user], funds] = await Promise.all([
    db
      .select({ locale: partnerUsers.locale })
      .from(partnerUsers)
      .where(and(eq(partnerUsers.tenantId, auth.tenantId), eq(partnerUsers.id, auth.userId))),
    db
      .select({ currency: mdfFunds.currency, start: mdfFunds.periodStart, end: mdfFunds.periodEnd })
      .from(mdfFunds)
      .where(
        and(
          eq(mdfFunds.tenantId, auth.tenantId),
          eq(mdfFunds.partnerId, auth.partnerId),
          gte(mdfFunds.periodEnd, today),
        ),
      )
      .orderBy(asc(mdfFunds.periodStart), asc(mdfFunds.periodEnd), asc(mdfFunds.currency)),
  ]);
  const locale: Locale = user?.locale ?? negotiateLocale(acceptLanguage) ?? 'en';
  const periods = new Map<string, MdfForm['openPeriods'][number]>();
  for (const fund of funds) {
    const key = `${fund.start}/${fund.end}`;
    const period = periods.get(key) ?? { start: fund.start, end: fund.end, currencies: [] };
    period.currencies.push(fund.currency);
    periods.set(key, period);
  }
  return {
    locale,
    activityTypes: mdfActivityTypesOf(settings).map((type) => localizedActivityType(type, locale)),
    currencies: [...new Set(funds.map((fund) => fund.currency))].sort(),
    openPeriods: [...periods.values()],
  };
}
