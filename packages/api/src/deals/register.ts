import {
  customFieldsSchema,
  type CustomFieldDefinition,
  type DealCheckInput,
  type DealInput,
  type DealVerdict,
  type FieldError,
} from '@partnerkit/contracts';
import type { Db } from '../db/database.js';
import { newId } from '../db/ids.js';
import type { ClaimedSession, PartnerAuth } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { toFieldErrors } from '../http/validate.js';
import { BoundedMap } from '../util/bounded-map.js';
import { findConflicts, type ConflictQuery } from './conflicts.js';
import { deals, type DealRow } from './deals.table.js';
import { recordDealChanges, type DealChangeOf } from './events.js';
import { recordNewDeal } from './new-deals.js';
import { expireLapsedDeals } from './expiry.js';
import { storedMatchKeys } from './match-keys.js';
import { normalizeCompanyName, normalizeDomain } from './normalize.js';
import type { PartnerContext } from './partner-context.js';
import { lookupForRegistration } from './registration-lookup.js';
import { addDays } from './routing.js';
import { decide } from './rules.js';
import { isUniqueViolation } from './unique-violation.js';

const EXCLUSIVITY_INDEXES = ['deals_active_domain_uq', 'deals_active_name_uq'];
/** A lost race is decided again once; a few more rounds only cover pathological contention. */
const MAX_ATTEMPTS = 5;

/**
 * Built schemas by their definitions: building one costs more than using it, and the settings
 * are read fresh for every request. Keyed by the definitions' JSON, so an edit is a new entry.
 */
const customFieldSchemas = new BoundedMap<string, ReturnType<typeof customFieldsSchema>>(1000);

function customFieldsSchemaFor(definitions: readonly CustomFieldDefinition[]) {
  const key = JSON.stringify(definitions);
  let schema = customFieldSchemas.get(key);
  if (!schema) {
    schema = customFieldsSchema(definitions);
    customFieldSchemas.set(key, schema);
  }
  return schema;
}

/** `POST /v1/deals/check`: the verdict a submission would get now; writes nothing. */
export async function checkDeal(
  db: Db,
  auth: PartnerAuth,
  { countries }: PartnerContext,
  input: DealCheckInput,
  now: Date,
): Promise<DealVerdict> {
  const findings = await findConflicts(db, {
    tenantId: auth.tenantId,
    partnerId: auth.partnerId,
    countries,
    nameNorm: normalizeCompanyName(input.company.name),
    domainNorm: input.company.domain ? normalizeDomain(input.company.domain) : null,
    country: input.company.country ?? null,
    now,
  });
  return decide(findings, input.dealType ?? 'new');
}

/** The submission checked against the tenant's own rules: 400 with every field at fault. */
function checkAgainstTenant(
  { settings }: PartnerContext,
  input: DealInput,
  knownProducts: readonly string[],
): void {
  const errors: FieldError[] = [];
  const fields = customFieldsSchemaFor(settings.customFields).safeParse(input.customFields ?? {});
  if (!fields.success) {
    errors.push(
      ...toFieldErrors(fields.error.issues).map((error) => ({
        ...error,
        path: error.path ? `customFields.${error.path}` : 'customFields',
      })),
    );
  }
  if (!settings.currencies.includes(input.amount.currency)) {
    errors.push({
      path: 'amount.currency',
      code: 'invalid_value',
      message: `Use one of ${settings.currencies.join(', ')}`,
    });
  }
  const knownIds = new Set(knownProducts);
  input.products.forEach((id, index) => {
    if (!knownIds.has(id)) {
      errors.push({
        path: `products.${index}`,
        code: 'unknown_product',
        message: 'Unknown product',
      });
    }
  });
  if (errors.length > 0) throw new ProblemError('validation_failed', { errors });
}

/**
 * `POST /v1/deals`: validates against the tenant, decides and stores the deal with its
 * timeline in one transaction. Exclusivity is the database's job: when a concurrent
 * registration of the same customer commits first, our insert hits a unique index over active
 * deals and we decide again, now seeing the winner. "Same customer" is the same normalised domain
 * or name; two merely similar names submitted in the same instant are each judged against what
 * was committed before them, so both may pass — a per-tenant lock would close that gap at the
 * price of serialising every tenant's registrations.
 */
export async function registerDeal(
  db: Db,
  session: ClaimedSession,
  input: DealInput,
  now: Date,
): Promise<DealRow> {
  const nameNorm = normalizeCompanyName(input.company.name);
  const domainNorm = normalizeDomain(input.company.domain);
  const read = await lookupForRegistration(db, session, {
    nameNorm,
    domainNorm,
    country: input.company.country,
    now,
    productIds: input.products,
  });
  const { auth, context, manager } = read;
  checkAgainstTenant(context, input, read.knownProducts);
  const customer: ConflictQuery = {
    tenantId: auth.tenantId,
    partnerId: auth.partnerId,
    countries: context.countries,
    nameNorm,
    domainNorm,
    country: input.company.country,
    now,
  };

  for (let attempt = 1; ; attempt++) {
    // Decided on what is committed now; a registration of the same customer committing in
    // between fails our insert below, and the next round reads again.
    const findings = attempt === 1 ? read.findings : await findConflicts(db, customer);
    const verdict = decide(findings, input.dealType);
    const approved = verdict.status === 'approved';
    // The row is complete here (the type asks for every column), so the insert rides in the
    // statement that writes the timeline and outbox, and nothing is read back.
    const deal: DealRow = {
      id: newId('deal'),
      tenantId: auth.tenantId,
      partnerId: auth.partnerId,
      userId: auth.userId,
      status: verdict.status,
      companyName: input.company.name,
      companyDomain: input.company.domain,
      companyCountry: input.company.country,
      nameNorm,
      domainNorm,
      matchKeys: storedMatchKeys(nameNorm),
      contact: input.contact,
      products: input.products,
      amountValue: input.amount.value,
      amountCurrency: input.amount.currency,
      expectedCloseDate: input.expectedCloseDate,
      dealType: input.dealType,
      coSell: input.coSell,
      notes: input.notes ?? null,
      customFields: input.customFields ?? {},
      reasons: verdict.reasons,
      protectedUntil: approved ? addDays(now, context.settings.protectionDays) : null,
      assignedManager: approved ? manager : null,
      extensionsUsed: 0,
      createdAt: now,
      updatedAt: now,
    };
    const changes: DealChangeOf[] = [
      {
        deal,
        type: 'submitted',
        fromStatus: null,
        toStatus: 'submitted',
        actor: 'partner',
        at: now,
      },
      {
        deal,
        type: verdict.status,
        fromStatus: 'submitted',
        toStatus: verdict.status,
        actor: 'system',
        note: verdict.reasons.map((item) => item.message).join(' '),
        at: now,
      },
    ];
    try {
      if (!findings.lapsedHold) {
        await recordNewDeal(db, deal, changes);
        return deal;
      }
      // A lapsed approval of this customer still holds the exclusivity indexes: release it
      // first, in the same transaction, so that our insert does not collide with it.
      await db.transaction(async (tx) => {
        await expireLapsedDeals(tx, {
          tenantId: auth.tenantId,
          now,
          customer: { nameNorm, domainNorm },
        });
        await recordDealChanges(tx, changes, tx.insert(deals).values(deal));
      });
      return deal;
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isUniqueViolation(error, EXCLUSIVITY_INDEXES)) throw error;
    }
  }
}
