import type {
  MdfOutcomes,
  MdfPeriod,
  MdfResults,
  MdfTransitionAction,
  MdfTransitionInput,
} from '@partnerkit/contracts';
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { loadTenantSettings } from '../deals/partner-context.js';
import { addDays } from '../deals/routing.js';
import type { PartnerAuth } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import type { DemoIds } from '../seed/demo-ids.js';
import { createAllocation } from './allocations.js';
import { mdfAllocations } from './allocations.table.js';
import { answerInfoRequest, submitClaim, transitionRequest } from './lifecycle.js';
import { submitRequest } from './requests.js';

/**
 * What happens to a demo request after it is submitted, in order. Amounts are minor units of
 * the fund's currency.
 */
type DemoStep =
  | { vendor: Omit<MdfTransitionInput, 'approvedAmount'> & { approved?: number } }
  | { answer: string }
  | { claim: { spend: number; results: MdfResults } };

interface DemoRequest {
  key: string;
  activityType: string;
  title: string;
  description: string;
  amount: number;
  /** The activity's first day, from today, kept inside the fund's period. */
  startsIn: number;
  days: number;
  submittedDaysAgo: number;
  expectedOutcomes: MdfOutcomes;
  steps: DemoStep[];
}

interface DemoFund {
  /** Index into the demo partners: 0 DACH, 1 North America, 2 France/Benelux/Spain. */
  partner: number;
  currency: string;
  /** 0 for the quarter the seed runs in, -1 for the one before. */
  quarter: 0 | -1;
  amount: number;
  note: string;
  requests: DemoRequest[];
}

const vendor = (
  action: MdfTransitionAction,
  extra: { note?: string; paymentReference?: string } = {},
): DemoStep => ({ vendor: { action, ...extra } });
const approve = (approved?: number): DemoStep => ({
  vendor: { action: 'approve', ...(approved !== undefined && { approved }) },
});
const webinarClaim = (spend: number, attendees: number, leads: number): DemoStep => ({
  claim: { spend, results: { attendees, leads } },
});

/**
 * Claimed requests are webinars: their proof is results only, so no claim needs an uploaded
 * file, whose bytes the demo could not provide.
 */
const DEMO_FUNDS: DemoFund[] = [
  {
    partner: 0,
    currency: 'EUR',
    quarter: 0,
    amount: 5_000_000,
    note: 'Gold partner quarterly MDF',
    requests: [
      {
        key: 'itsa_booth',
        activityType: 'trade_show',
        title: 'it-sa Nuremberg: shared booth',
        description: 'A 12 m² booth in hall 7 with Northwind Security demos on both days.',
        amount: 1_200_000,
        startsIn: 30,
        days: 2,
        submittedDaysAgo: 1,
        expectedOutcomes: { attendees: 600, leads: 80 },
        steps: [],
      },
      {
        key: 'linkedin_mittelstand',
        activityType: 'digital_ads',
        title: 'LinkedIn campaign: Northwind Cloud for the Mittelstand',
        description: 'Six weeks of sponsored posts to IT leads of manufacturers in Bavaria.',
        amount: 650_000,
        startsIn: 12,
        days: 42,
        submittedDaysAgo: 5,
        expectedOutcomes: { impressions: 250_000, leads: 60 },
        steps: [
          vendor('request_info', {
            note: 'How will you split the budget between audiences, and which landing page?',
          }),
        ],
      },
      {
        key: 'customer_day_munich',
        activityType: 'event',
        title: 'Customer day Munich',
        description: 'Half a day of talks and workshops for 40 existing customers.',
        amount: 800_000,
        startsIn: 20,
        days: 1,
        submittedDaysAgo: 9,
        expectedOutcomes: { attendees: 40, leads: 15 },
        steps: [
          vendor('request_info', { note: 'Is catering included in this amount?' }),
          { answer: 'Yes: lunch and coffee for 40, about 1,800 EUR of the total.' },
          approve(700_000),
        ],
      },
      {
        key: 'syndication_whitepaper',
        activityType: 'content_syndication',
        title: 'Whitepaper syndication: cloud cost control',
        description: 'Syndicating our whitepaper through a German IT publisher.',
        amount: 400_000,
        startsIn: 5,
        days: 30,
        submittedDaysAgo: 7,
        expectedOutcomes: { leads: 120 },
        steps: [
          vendor('reject', {
            note: 'Syndication is funded centrally this quarter; we will share the leads.',
          }),
        ],
      },
      {
        key: 'webinar_zero_trust',
        activityType: 'webinar',
        title: 'Webinar: zero trust with Northwind Security',
        description: 'One hour for IT security officers, in German.',
        amount: 300_000,
        startsIn: -10,
        days: 0,
        submittedDaysAgo: 30,
        expectedOutcomes: { attendees: 120, leads: 30 },
        steps: [approve(), webinarClaim(520_000, 134, 37)],
      },
      {
        key: 'webinar_analytics',
        activityType: 'webinar',
        title: 'Webinar: analytics in SAP landscapes',
        description: 'Northwind Analytics on SAP data, with a customer talk.',
        amount: 250_000,
        startsIn: -20,
        days: 0,
        submittedDaysAgo: 40,
        expectedOutcomes: { attendees: 100, leads: 25 },
        steps: [approve(), webinarClaim(500_000, 88, 26), vendor('approve_claim')],
      },
      {
        key: 'webinar_migration',
        activityType: 'webinar',
        title: 'Webinar series: moving to Northwind Cloud',
        description: 'Three sessions on planning, moving and running workloads.',
        amount: 400_000,
        startsIn: -15,
        days: 14,
        submittedDaysAgo: 35,
        expectedOutcomes: { attendees: 200, leads: 50 },
        steps: [
          approve(),
          webinarClaim(760_000, 160, 41),
          vendor('reject_claim', {
            note: 'Please add the attendee count of each of the three sessions.',
          }),
        ],
      },
      {
        key: 'webinar_support',
        activityType: 'webinar',
        title: 'Webinar: what Premium Support covers',
        description: 'For customers renewing this year.',
        amount: 200_000,
        startsIn: -30,
        days: 0,
        submittedDaysAgo: 50,
        expectedOutcomes: { attendees: 60, leads: 10 },
        steps: [
          approve(),
          webinarClaim(360_000, 71, 12),
          vendor('approve_claim'),
          vendor('mark_paid', { paymentReference: 'NW-AP-2026-0417' }),
        ],
      },
    ],
  },
  {
    partner: 0,
    currency: 'CHF',
    quarter: 0,
    amount: 2_000_000,
    note: 'Swiss market development',
    requests: [
      {
        key: 'partner_summit_zurich',
        activityType: 'event',
        title: 'Partner summit Zürich',
        description: 'An evening for Swiss customers at the Kongresshaus.',
        amount: 900_000,
        startsIn: 25,
        days: 1,
        submittedDaysAgo: 8,
        expectedOutcomes: { attendees: 70, leads: 20 },
        steps: [approve()],
      },
    ],
  },
  {
    partner: 0,
    currency: 'EUR',
    quarter: -1,
    amount: 4_000_000,
    note: 'Gold partner quarterly MDF',
    requests: [
      {
        key: 'webinar_security_basics',
        activityType: 'webinar',
        title: 'Webinar: security basics for small IT teams',
        description: 'One hour, recorded for the partner portal.',
        amount: 300_000,
        startsIn: -60,
        days: 0,
        submittedDaysAgo: 100,
        expectedOutcomes: { attendees: 150, leads: 40 },
        steps: [
          approve(),
          webinarClaim(600_000, 170, 44),
          vendor('approve_claim'),
          vendor('mark_paid', { paymentReference: 'NW-AP-2026-0288' }),
        ],
      },
      {
        key: 'roadshow_austria',
        activityType: 'trade_show',
        title: 'Roadshow Austria',
        description: 'Four cities in two weeks with a demo truck.',
        amount: 2_500_000,
        startsIn: -70,
        days: 14,
        submittedDaysAgo: 110,
        expectedOutcomes: { attendees: 400, leads: 60 },
        steps: [vendor('reject', { note: 'Over the quarter’s budget for a single activity.' })],
      },
    ],
  },
  {
    partner: 1,
    currency: 'USD',
    quarter: 0,
    amount: 6_000_000,
    note: 'Silver partner quarterly MDF',
    requests: [
      {
        key: 'webinar_msp_backup',
        activityType: 'webinar',
        title: 'Webinar: backup as a managed service',
        description: 'For MSP customers in the Midwest.',
        amount: 350_000,
        startsIn: 14,
        days: 0,
        submittedDaysAgo: 2,
        expectedOutcomes: { attendees: 90, leads: 20 },
        steps: [],
      },
      {
        key: 'msp_expo',
        activityType: 'trade_show',
        title: 'MSP Expo Orlando: booth',
        description: 'A 10×10 booth with Northwind Cloud Suite demos.',
        amount: 1_500_000,
        startsIn: 35,
        days: 3,
        submittedDaysAgo: 10,
        expectedOutcomes: { attendees: 900, leads: 120 },
        steps: [approve(1_200_000)],
      },
      {
        key: 'webinar_compliance',
        activityType: 'webinar',
        title: 'Webinar: compliance reporting in Northwind Analytics',
        description: 'With a healthcare customer.',
        amount: 400_000,
        startsIn: -12,
        days: 0,
        submittedDaysAgo: 28,
        expectedOutcomes: { attendees: 110, leads: 28 },
        steps: [approve(), webinarClaim(640_000, 97, 23)],
      },
    ],
  },
  {
    partner: 1,
    currency: 'CAD',
    quarter: 0,
    amount: 1_500_000,
    note: 'Canada launch',
    requests: [
      {
        key: 'webinar_toronto',
        activityType: 'webinar',
        title: 'Webinar: Northwind Cloud for Canadian public sector',
        description: 'Data residency and procurement, in English and French.',
        amount: 250_000,
        startsIn: -25,
        days: 0,
        submittedDaysAgo: 45,
        expectedOutcomes: { attendees: 80, leads: 15 },
        steps: [
          approve(),
          webinarClaim(480_000, 85, 19),
          vendor('approve_claim'),
          vendor('mark_paid', { paymentReference: 'NW-AP-2026-0391' }),
        ],
      },
    ],
  },
  {
    partner: 2,
    currency: 'EUR',
    quarter: 0,
    amount: 3_000_000,
    note: 'Platinum partner quarterly MDF',
    requests: [
      {
        key: 'journee_cloud_lyon',
        activityType: 'event',
        title: 'Journée Cloud Lyon',
        description: 'Une matinée de conférences pour les DSI de la région.',
        amount: 1_000_000,
        startsIn: 21,
        days: 1,
        submittedDaysAgo: 3,
        expectedOutcomes: { attendees: 80, leads: 25 },
        steps: [],
      },
    ],
  },
];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The calendar quarter (UTC) `offset` quarters from the one `now` is in, and its id suffix. */
function quarterOf(now: Date, offset: number): { period: MdfPeriod; quarterKey: string } {
  const index = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3) + offset;
  const year = Math.floor(index / 4);
  const first = (index % 4) * 3;
  return {
    period: {
      start: isoDay(new Date(Date.UTC(year, first, 1))),
      end: isoDay(new Date(Date.UTC(year, first + 3, 0))),
    },
    quarterKey: `${year}q${(index % 4) + 1}`,
  };
}

const within = (day: string, period: MdfPeriod) =>
  day < period.start ? period.start : day > period.end ? period.end : day;

/**
 * Allocations for the demo partners in this quarter and the last, and requests in every status,
 * made the way the API makes them (allocations.ts, requests.ts, lifecycle.ts), so the ledger
 * and the fund rows agree as they do in production. Ids carry the quarter: a fund whose
 * allocation exists is left with its requests as the demo user may have moved them, and a run
 * in a new quarter adds that quarter's. All in one transaction: a failed run leaves nothing.
 */
export async function seedDemoMdf(database: Database, ids: DemoIds): Promise<void> {
  const { db } = database;
  const settings = await loadTenantSettings(db, ids.tenantId);
  const now = new Date();
  const funds = DEMO_FUNDS.flatMap((fund) => {
    const partner = ids.partners[fund.partner];
    if (!partner) return [];
    const quarter = quarterOf(now, fund.quarter);
    const slug = `${partner.id.replace(/^par_demo_/, '')}_${fund.currency.toLowerCase()}`;
    return [
      { ...fund, ...quarter, partner, allocationId: `mdfa_demo_${slug}_${quarter.quarterKey}` },
    ];
  });
  await db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: mdfAllocations.id })
      .from(mdfAllocations)
      .where(
        inArray(
          mdfAllocations.id,
          funds.map((fund) => fund.allocationId),
        ),
      );
    const seeded = new Set(existing.map((row) => row.id));
    for (const fund of funds) {
      if (seeded.has(fund.allocationId)) continue;
      const allocatedAt = addDays(
        now,
        -Math.max(...fund.requests.map((r) => r.submittedDaysAgo)) - 1,
      );
      try {
        await createAllocation(
          tx,
          ids.tenantId,
          {
            partnerId: fund.partner.id,
            period: fund.period,
            amount: { value: fund.amount, currency: fund.currency },
            note: fund.note,
          },
          allocatedAt,
          fund.allocationId,
        );
      } catch (error) {
        // The demo user allocated an overlapping period through the API: theirs stands.
        if (error instanceof ProblemError && error.code === 'mdf_period_overlap') continue;
        throw error;
      }
      const auth: PartnerAuth = {
        kind: 'partner',
        tenantId: ids.tenantId,
        partnerId: fund.partner.id,
        userId: fund.partner.userIds[0] ?? '',
      };
      for (const demo of fund.requests) {
        const id = `mdfr_demo_${demo.key}_${fund.quarterKey}`;
        const startDate = within(isoDay(addDays(now, demo.startsIn)), fund.period);
        const submittedAt = addDays(now, -demo.submittedDaysAgo);
        await submitRequest(
          tx,
          auth,
          settings,
          {
            activityType: demo.activityType,
            title: demo.title,
            description: demo.description,
            startDate,
            endDate: isoDay(addDays(new Date(startDate), demo.days)),
            amount: { value: demo.amount, currency: fund.currency },
            expectedOutcomes: demo.expectedOutcomes,
          },
          submittedAt,
          id,
        );
        // The steps spread evenly between the submission and now, so the timeline reads in order.
        const gap = demo.submittedDaysAgo / (demo.steps.length + 1);
        for (const [index, step] of demo.steps.entries()) {
          const at = addDays(submittedAt, gap * (index + 1));
          if ('vendor' in step) {
            const { approved, ...input } = step.vendor;
            const approvedAmount = approved && { value: approved, currency: fund.currency };
            await transitionRequest(
              tx,
              ids.tenantId,
              id,
              { ...input, ...(approvedAmount && { approvedAmount }) },
              at,
            );
          } else if ('answer' in step) {
            await answerInfoRequest(tx, auth, id, step.answer, at);
          } else {
            const claim = {
              spend: { value: step.claim.spend, currency: fund.currency },
              results: step.claim.results,
              files: [],
            };
            await submitClaim(
              tx,
              auth,
              id,
              claim,
              at,
              `mdfc_demo_${demo.key}_${fund.quarterKey}_${index}`,
            );
          }
        }
      }
    }
  });
}
