import {
  FILE_CONTENT_TYPES,
  FileObject,
  MAX_FILE_BYTES,
  PROBLEM_CONTENT_TYPE,
} from '@partnerkit/contracts';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { files } from '../../src/files/files.table.js';
import { MULTIPART_OVERHEAD_BYTES } from '../../src/files/upload.js';
import { partnerTokens } from '../deals/builders.js';
import { mdfApi, requestInput } from '../mdf/builders.js';
import { call, describeBackends, seedTestTenant, TEST_ORIGIN } from '../support/index.js';
import { appWithDiskFiles, download, SAMPLES, SPOOFED, upload, type Sample } from './builders.js';

const pdf = SAMPLES['application/pdf'];
const errorsOf = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((error) => [error.path, error.code]);

describeBackends('files', (ctx) => {
  const suite = appWithDiskFiles(ctx);

  async function setup() {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(suite.app, tenant);
    return { tenant, tokens };
  }

  async function rowsOf(tenantId: string) {
    return ctx.database.db.select().from(files).where(eq(files.tenantId, tenantId));
  }

  describe('POST /v1/files', () => {
    it('takes each allowed type, as the bytes show it, and serves the same bytes back', async () => {
      ctx.clock.set('2026-08-15T10:00:00Z');
      const { tenant, tokens } = await setup();
      for (const type of FILE_CONTENT_TYPES) {
        const sample = SAMPLES[type];
        const created = await upload(suite.app, sample, { auth: tokens.dach });
        expect(created.status, `${type}: ${JSON.stringify(created.body)}`).toBe(201);
        const file = FileObject.parse(created.body);
        expect(file).toEqual({
          id: expect.stringMatching(/^file_/),
          name: sample.name,
          size: sample.bytes.length,
          contentType: type,
          createdAt: '2026-08-15T10:00:00.000Z',
        });
        for (const auth of [tokens.dach, tenant.secretKey]) {
          const meta = await call(suite.app, 'GET', `/v1/files/${file.id}`, { auth });
          expect(meta.status).toBe(200);
          expect(meta.body).toEqual(file);
          const { response, bytes } = await download(suite.app, auth, file.id);
          expect(response.status).toBe(200);
          expect(bytes).toEqual(sample.bytes);
          expect(response.headers.get('Content-Type')).toBe(type);
          expect(response.headers.get('Content-Length')).toBe(String(sample.bytes.length));
          expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
          expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="/);
        }
      }
      const keys = (await rowsOf(tenant.id)).map((row) => row.storageKey).sort();
      expect(keys).toHaveLength(FILE_CONTENT_TYPES.length);
      expect((await suite.storedKeys()).filter((key) => key.startsWith(tenant.id)).sort()).toEqual(
        keys,
      );
    });

    it('names the download safely: an ASCII fallback and the exact name in UTF-8', async () => {
      const { tokens } = await setup();
      const sample = SAMPLES['image/jpeg'];
      const { body } = await upload(suite.app, sample, { auth: tokens.dach });
      const { response } = await download(suite.app, tokens.dach, body.id);
      expect(response.headers.get('Content-Disposition')).toBe(
        `attachment; filename="Messestand M_nchen.jpg"; filename*=UTF-8''Messestand%20M%C3%BCnchen.jpg`,
      );
      const pathName = await upload(
        suite.app,
        { ...pdf, name: 'C:\\Users\\anna\\"q3".pdf' },
        {
          auth: tokens.dach,
        },
      );
      expect(pathName.body.name).toBe('"q3".pdf');
      const quoted = await download(suite.app, tokens.dach, pathName.body.id);
      expect(quoted.response.headers.get('Content-Disposition')).toBe(
        `attachment; filename="_q3_.pdf"; filename*=UTF-8''%22q3%22.pdf`,
      );
    });

    it('goes by the bytes, not the name or the declared type', async () => {
      const { tokens } = await setup();
      const png = SAMPLES['image/png'];
      const { status, body } = await upload(
        suite.app,
        { ...png, name: 'invoice.pdf', declared: 'application/pdf' },
        { auth: tokens.dach },
      );
      expect(status).toBe(201);
      expect(body.contentType).toBe('image/png');
    });

    it('refuses spoofed types with 422 file_type_not_allowed and stores nothing', async () => {
      const { tenant, tokens } = await setup();
      for (const [label, sample] of Object.entries(SPOOFED)) {
        const { status, headers, body } = await upload(suite.app, sample, { auth: tokens.dach });
        expect(status, label).toBe(422);
        expect(headers.get('Content-Type')).toBe(PROBLEM_CONTENT_TYPE);
        expect(body.code, label).toBe('file_type_not_allowed');
      }
      expect(await rowsOf(tenant.id)).toEqual([]);
      expect((await suite.storedKeys()).filter((key) => key.startsWith(tenant.id))).toEqual([]);
    });

    it('takes 10 MiB, and answers 413 file_too_large above, counted or declared', async () => {
      const { tenant, tokens } = await setup();
      const filled = (size: number): Sample => {
        const bytes = new Uint8Array(size);
        bytes.set(pdf.bytes);
        return { ...pdf, bytes };
      };
      const largest = await upload(suite.app, filled(MAX_FILE_BYTES), { auth: tokens.dach });
      expect(largest.status).toBe(201);
      expect(largest.body.size).toBe(MAX_FILE_BYTES);

      const over = await upload(suite.app, filled(MAX_FILE_BYTES + 1), { auth: tokens.dach });
      expect(over.status).toBe(413);
      expect(over.body.code).toBe('file_too_large');

      const farOver = await upload(suite.app, filled(MAX_FILE_BYTES + MULTIPART_OVERHEAD_BYTES), {
        auth: tokens.dach,
      });
      expect(farOver.status).toBe(413);
      expect(farOver.body.code).toBe('file_too_large');

      // A declared length is judged before a byte of the body is read.
      const declared = await suite.app.request('/v1/files', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${tokens.dach}`,
          'Content-Type': 'multipart/form-data; boundary=x',
          'Content-Length': String(MAX_FILE_BYTES + MULTIPART_OVERHEAD_BYTES + 1),
        },
        body: '--x--',
      });
      expect(declared.status).toBe(413);
      expect(((await declared.json()) as { code: string }).code).toBe('file_too_large');
      expect(await rowsOf(tenant.id)).toHaveLength(1);
    });

    it('wants exactly one non-empty file in the `file` field (422 file_invalid)', async () => {
      const { tenant, tokens } = await setup();
      const cases: [string, Sample | null, ((form: FormData) => void) | undefined, string[][]][] = [
        ['an empty file', { ...pdf, bytes: new Uint8Array(0) }, undefined, [['file', 'empty']]],
        ['no file field', null, undefined, [['file', 'required']]],
        [
          'a text field instead of a file',
          null,
          (form) => form.append('file', 'invoice.pdf'),
          [['file', 'invalid_type']],
        ],
        [
          'two files',
          pdf,
          (form) => form.append('file', new File([pdf.bytes], 'second.pdf')),
          [['file', 'too_big']],
        ],
        [
          'another field too',
          pdf,
          (form) => form.append('purpose', 'mdf_proof'),
          [['purpose', 'unrecognized_keys']],
        ],
        [
          'a name too long',
          { ...pdf, name: `${'a'.repeat(252)}.pdf` },
          undefined,
          [['file', 'too_big']],
        ],
      ];
      for (const [label, sample, form, errors] of cases) {
        const { status, body } = await upload(suite.app, sample, { auth: tokens.dach, form });
        expect(status, label).toBe(422);
        expect(body.code, label).toBe('file_invalid');
        expect(errorsOf(body), label).toEqual(errors);
      }
      expect(await rowsOf(tenant.id)).toEqual([]);
    });

    it('wants multipart/form-data (415), and a readable one (400)', async () => {
      const { tokens } = await setup();
      const json = await call(suite.app, 'POST', '/v1/files', {
        auth: tokens.dach,
        body: { file: 'aGVsbG8=' },
      });
      expect(json.status).toBe(415);
      expect(json.body.code).toBe('unsupported_media_type');
      const broken = await call(suite.app, 'POST', '/v1/files', {
        auth: tokens.dach,
        body: 'no boundary here',
        headers: { 'Content-Type': 'multipart/form-data; boundary=abc' },
      });
      expect(broken.status).toBe(400);
      expect(broken.body.code).toBe('validation_failed');
    });

    it('makes a retry with the same Idempotency-Key return the first file', async () => {
      const { tenant, tokens } = await setup();
      const headers = { 'Idempotency-Key': 'upload-1' };
      const first = await upload(suite.app, pdf, { auth: tokens.dach, headers });
      const retry = await upload(suite.app, pdf, { auth: tokens.dach, headers });
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);
      const other = await upload(suite.app, SAMPLES['image/png'], { auth: tokens.dach, headers });
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('idempotency_key_reused');
      expect(await rowsOf(tenant.id)).toHaveLength(1);
    });
  });

  describe('who reads a file', () => {
    it('the partner that uploaded it and its vendor; other partners and tenants get 404', async () => {
      const { tenant, tokens } = await setup();
      const other = await seedTestTenant(ctx.database, { name: 'Other Vendor' });
      const otherTokens = await partnerTokens(suite.app, other);
      const partnerFile = (await upload(suite.app, pdf, { auth: tokens.dach })).body.id as string;
      const vendorFile = (await upload(suite.app, pdf, { auth: tenant.secretKey })).body
        .id as string;

      const reads = async (auth: string, id: string) => [
        (await call(suite.app, 'GET', `/v1/files/${id}`, { auth })).status,
        (await download(suite.app, auth, id)).response.status,
      ];
      expect(await reads(tokens.dach, partnerFile)).toEqual([200, 200]);
      expect(await reads(tenant.secretKey, partnerFile)).toEqual([200, 200]);
      expect(await reads(tenant.secretKey, vendorFile)).toEqual([200, 200]);
      expect(await reads(tokens.northAmerica, partnerFile)).toEqual([404, 404]);
      expect(await reads(tokens.dach, vendorFile)).toEqual([404, 404]);
      expect(await reads(other.secretKey, partnerFile)).toEqual([404, 404]);
      expect(await reads(otherTokens.dach, partnerFile)).toEqual([404, 404]);
      expect(await reads(tenant.secretKey, 'file_missing')).toEqual([404, 404]);
    });

    it('takes no publishable key (403) and no missing credential (401), to read or to upload', async () => {
      const { tenant, tokens } = await setup();
      const id = (await upload(suite.app, pdf, { auth: tokens.dach })).body.id as string;
      const publishable = { Authorization: `Bearer ${tenant.publishableKey}`, Origin: TEST_ORIGIN };
      for (const path of [`/v1/files/${id}`, `/v1/files/${id}/content`]) {
        expect((await suite.app.request(path, { headers: publishable })).status, path).toBe(403);
        const anonymous = await suite.app.request(path);
        expect(anonymous.status, path).toBe(401);
        expect(anonymous.headers.get('WWW-Authenticate')).toBe('Bearer');
      }
      expect((await upload(suite.app, pdf, { headers: publishable })).status).toBe(403);
      expect((await upload(suite.app, pdf)).status).toBe(401);
      expect(await rowsOf(tenant.id)).toHaveLength(1);
    });
  });

  describe('as proof of an MDF claim', () => {
    it('is accepted from its partner, and refused when it is another partner’s', async () => {
      ctx.clock.set('2026-08-15T10:00:00Z');
      const { tenant, tokens } = await setup();
      const api = mdfApi(suite.app, tenant);
      await api.allocate(tenant.dach, 100_000);
      const request = await api.submit(
        tokens.dach,
        requestInput({ activityType: 'event', amount: { value: 10_000, currency: 'USD' } }),
      );
      expect(request.status).toBe(201);
      expect((await api.move(request.body.id, { action: 'approve' })).status).toBe(200);

      const own = (await upload(suite.app, pdf, { auth: tokens.dach })).body.id as string;
      const theirs = (await upload(suite.app, pdf, { auth: tokens.northAmerica })).body
        .id as string;
      const claim = {
        spend: { value: 5_000, currency: 'USD' },
        results: { leads: 3, attendees: 40 },
      };

      const refused = await api.claim(tokens.dach, request.body.id, { ...claim, files: [theirs] });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('mdf_claim_invalid');
      expect(errorsOf(refused.body)).toEqual([['files.0', 'unknown_file']]);

      const accepted = await api.claim(tokens.dach, request.body.id, { ...claim, files: [own] });
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
      const detail = await api.get(tenant.secretKey, request.body.id);
      expect(detail.body.claims).toEqual([expect.objectContaining({ files: [own] })]);
    });
  });
});
