import type { DemoSeedResult } from '../seed/demo.js';
import type { NewTenantResult } from '../seed/tenant.js';

export function describeDemo(demo: DemoSeedResult): string {
  const lines = [
    `Demo tenant: ${demo.tenant.name} (${demo.tenant.id})`,
    `  secret key       ${demo.secretKey}   (server side only)`,
    `  publishable key  ${demo.publishableKey}   (browsers on ${demo.allowedOrigins.join(', ')})`,
    '',
    'Partners:',
  ];
  for (const partner of demo.partners) {
    lines.push(
      `  ${partner.name} (${partner.id}) — ${partner.tier}, ${partner.countries.join('/')}`,
    );
    for (const user of partner.users) lines.push(`    ${user.name} <${user.email}>  ${user.id}`);
  }
  const first = demo.partners[0]!;
  lines.push(
    '',
    'A partner session token for the first user:',
    `  curl -s -X POST -H 'Authorization: Bearer ${demo.secretKey}' -H 'Content-Type: application/json' \\`,
    `    -d '{"partnerId":"${first.id}","userId":"${first.users[0]!.id}"}' <api>/v1/partner-sessions`,
  );
  return lines.join('\n');
}

export function describeTenant(result: NewTenantResult): string {
  return [
    `Tenant: ${result.tenant.name} (${result.tenant.id})`,
    `  secret key       ${result.secretKey}`,
    `  publishable key  ${result.publishableKey}   (origins: ${result.allowedOrigins.join(', ') || 'none yet'})`,
    '',
    'Keys are stored as hashes: copy them now, they cannot be shown again.',
  ].join('\n');
}
