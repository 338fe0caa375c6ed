import { FILE_CONTENT_TYPES, FileObject, Id, MAX_FILE_BYTES } from '@partnerkit/contracts';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { requirePartnerOrSecret } from '../auth/middleware.js';
import { describeEndpoint } from '../http/describe.js';
import type { AppEnv } from '../http/env.js';
import { idempotency } from '../http/idempotency.js';
import { validate } from '../http/validate.js';
import type { FileStore } from './file-store.js';
import { createFile, findFile, toFileObject } from './files.service.js';
import { FILE_FIELD, readUpload, type UploadEnv } from './upload.js';

const FileParam = z.object({ id: Id });
const tags = ['Files'];

/** RFC 6266: an ASCII fallback for old clients, the exact name as UTF-8 for the others. */
function attachment(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function fileRoutes(options: { store: FileStore }) {
  const { store } = options;
  return new Hono<AppEnv>()
    .post(
      '/',
      describeEndpoint({
        tags,
        summary: 'Upload a file',
        description:
          `One file as \`multipart/form-data\` in the field \`${FILE_FIELD}\`, up to ` +
          `${MAX_FILE_BYTES} bytes: ${FILE_CONTENT_TYPES.join(', ')}. The type is read from ` +
          'the bytes, not from the name or the declared type; CSV, which has no signature, is ' +
          'UTF-8 text without NUL bytes named `.csv` or declared `text/csv`. A partner’s file ' +
          'is readable by that partner and the vendor, a vendor’s by the vendor; cite files ' +
          'in MDF claims by `id`.',
        security: ['partner', 'secret'],
        idempotent: true,
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: [FILE_FIELD],
                properties: { [FILE_FIELD]: { type: 'string', format: 'binary' } },
              },
            },
          },
        },
        responses: { 201: { description: 'The stored file', schema: FileObject } },
        errors: [400, 401, 403, 409, 413, 415, 422],
        problemCodes: [
          'file_invalid',
          'file_too_large',
          'file_type_not_allowed',
          'idempotency_key_in_use',
          'idempotency_key_reused',
        ],
      }),
      requirePartnerOrSecret(),
      readUpload(),
      idempotency<UploadEnv>({ fingerprint: (c) => c.var.upload.fingerprint }),
      async (c) => {
        const row = await createFile(
          c.var.database.db,
          store,
          c.var.auth,
          c.var.upload,
          c.var.clock(),
        );
        return c.json(toFileObject(row) satisfies FileObject, 201);
      },
    )
    .get(
      '/:id',
      describeEndpoint({
        tags,
        summary: 'Get a file’s details',
        description: 'Files of other partners answer 404, like files that do not exist.',
        security: ['partner', 'secret'],
        responses: { 200: { description: 'The file', schema: FileObject } },
        errors: [401, 403, 404],
      }),
      requirePartnerOrSecret(),
      validate('param', FileParam),
      async (c) =>
        c.json(
          toFileObject(
            await findFile(c.var.database.db, c.var.auth, c.req.valid('param').id),
          ) satisfies FileObject,
        ),
    )
    .get(
      '/:id/content',
      describeEndpoint({
        tags,
        summary: 'Download a file',
        description:
          'The bytes as uploaded, with the type they were recognised as, as an attachment and ' +
          'with `X-Content-Type-Options: nosniff`: a browser saves them and never renders ' +
          'them as a page of the API’s origin.',
        security: ['partner', 'secret'],
        responses: { 200: { description: 'The file’s bytes' } },
        errors: [401, 403, 404],
      }),
      requirePartnerOrSecret(),
      validate('param', FileParam),
      async (c) => {
        const row = await findFile(c.var.database.db, c.var.auth, c.req.valid('param').id);
        return c.body(await store.get(row.storageKey), 200, {
          'Content-Type': row.contentType,
          'Content-Length': String(row.size),
          'Content-Disposition': attachment(row.name),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
        });
      },
    );
}
