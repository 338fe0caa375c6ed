export * from '../accounts/accounts.table.js';
export * from '../deals/deal-events.table.js';
export * from '../deals/deals.table.js';
export * from '../deals/extension-requests.table.js';
export * from '../http/idempotency.table.js';
export * from '../partners/partners.table.js';
export * from '../products/products.table.js';
export * from '../tenants/tenants.table.js';
