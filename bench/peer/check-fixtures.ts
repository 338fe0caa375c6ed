// Fails unless every fixture the bench server answers with is valid against its contract.
import { readFileSync } from 'node:fs';
import { DealForm, Me } from '@partnerkit/contracts';

const fixtures = { 'me.json': Me, 'deal-form.json': DealForm };
for (const [file, schema] of Object.entries(fixtures)) {
  const data: unknown = JSON.parse(
    readFileSync(new URL(`fixtures/v1/${file}`, import.meta.url), 'utf8'),
  );
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${JSON.stringify(result.error.issues)}`);
  console.info(`${file}: valid ${schema === Me ? 'Me' : 'DealForm'}`);
}
