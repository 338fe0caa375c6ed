import * as z from 'zod/mini';
import { Id, IsoDateTime } from './common.js';
import { named } from './schema.js';

/** Largest file `POST /v1/files` takes: 10 MiB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * What may be uploaded, as the bytes show it (the name and the declared type do not count, but
 * for CSV, which has no signature: see the API's `src/files/sniff.ts`).
 */
export const FileContentType = z.enum([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);
export type FileContentType = z.infer<typeof FileContentType>;
export const FILE_CONTENT_TYPES = FileContentType.options;

/**
 * An uploaded file (`POST /v1/files`), e.g. proof of performance for an MDF claim. Readable by
 * the partner that uploaded it and by the vendor; its bytes are at `GET /v1/files/{id}/content`.
 */
export const FileObject = named(
  z.object({
    id: Id,
    name: z.string(),
    /** In bytes. */
    size: z.int(),
    contentType: FileContentType,
    createdAt: IsoDateTime,
  }),
  'File',
);
export type FileObject = z.infer<typeof FileObject>;
