import type { CustomFieldValues, DealInput } from '@partnerkit/contracts';
import autocannon from 'autocannon';
import { random, uniqueCompanies } from '../src/seed/synthetic-companies.js';

/** What the parent tells the load process: where to send what, and for how long. */
export interface LoadPlan {
  base: string;
  duration: number;
  connections: number;
  sessions: { token: string; country: string }[];
  productId: string;
  currency: string;
  customFields: CustomFieldValues;
  /** Seeds the customers' names: a warm-up and the measured run register different companies. */
  seed: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

/** Every request registers a new company, so each one runs the rules and inserts. */
async function run(plan: LoadPlan): Promise<LoadResult> {
  const customers = uniqueCompanies(random(plan.seed));
  let counter = 0;
  const result = await autocannon({
    url: plan.base,
    connections: plan.connections,
    duration: plan.duration,
    requests: [
      {
        method: 'POST',
        path: '/v1/deals',
        setupRequest(request) {
          const session = plan.sessions[counter++ % plan.sessions.length]!;
          const customer = customers.next().value;
          const body: DealInput = {
            company: { name: customer.name, domain: customer.domain, country: session.country },
            contact: { name: 'Load Test', email: 'load@bench.example' },
            products: [plan.productId],
            amount: { value: 1_000_000, currency: plan.currency },
            expectedCloseDate: '2027-06-30',
            dealType: 'new',
            coSell: false,
            customFields: plan.customFields,
          };
          return {
            ...request,
            headers: {
              Authorization: `Bearer ${session.token}`,
              'Content-Type': 'application/json',
            },
            body: JSON.stringify(body),
          };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result['2xx'] + result.non2xx,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

// Forked by post-deals.ts: one plan in, one result out, then the process ends.
process.once('message', (plan: LoadPlan) => {
  run(plan).then(
    (result) => process.send!({ result }, () => process.disconnect()),
    (error: unknown) => process.send!({ error: String(error) }, () => process.disconnect()),
  );
});
