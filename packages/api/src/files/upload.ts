import { createHash } from 'node:crypto';
import {
  FILE_CONTENT_TYPES,
  MAX_FILE_BYTES,
  MAX_FILE_NAME_LENGTH,
  type FieldError,
  type FileContentType,
} from '@partnerkit/contracts';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { sniffContentType } from './sniff.js';

export const FILE_FIELD = 'file';
/**
 * Room in a multipart body for what surrounds the file: the boundaries and the part's headers,
 * whose filename may be 255 characters percent-encoded.
 */
export const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

export interface Upload {
  name: string;
  contentType: FileContentType;
  bytes: Uint8Array;
  /** The same for a retry of the same upload, whose multipart boundary differs. */
  fingerprint: string;
}

export type UploadEnv = { Variables: AppEnv['Variables'] & { upload: Upload } };

const MULTIPART = /^multipart\/form-data$/i;

/** The last segment of a path some browsers send, without characters that break headers. */
function cleanName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  return base
    .replace(/\p{Cc}/gu, '')
    .trim()
    .normalize('NFC');
}

function fieldErrors(form: FormData): { errors: FieldError[]; file?: File } {
  const errors: FieldError[] = [];
  for (const field of new Set(form.keys())) {
    if (field !== FILE_FIELD) {
      errors.push({ path: field, code: 'unrecognized_keys', message: `Unknown field "${field}"` });
    }
  }
  const parts = form.getAll(FILE_FIELD);
  const [part] = parts;
  const error = (code: string, message: string) => {
    errors.push({ path: FILE_FIELD, code, message });
    return { errors };
  };
  if (part === undefined) return error('required', `Send the file in the "${FILE_FIELD}" field`);
  if (parts.length > 1) return error('too_big', 'Send one file per request');
  if (typeof part === 'string') return error('invalid_type', 'Send a file part, with a filename');
  const name = cleanName(part.name);
  if (!name) return error('invalid_name', 'Give the file a name');
  if (name.length > MAX_FILE_NAME_LENGTH) {
    return error('too_big', `Names may be up to ${MAX_FILE_NAME_LENGTH} characters`);
  }
  if (part.size === 0) return error('empty', 'The file is empty');
  return { errors, file: part };
}

/**
 * Reads the one file of a `multipart/form-data` body into `c.var.upload`, with the type its
 * bytes show. The app's body limit has bounded the body before (`MAX_FILE_BYTES` and
 * `MULTIPART_OVERHEAD_BYTES`), so the whole of it may be held in memory.
 */
export function readUpload(): MiddlewareHandler<UploadEnv> {
  return async function readUpload(c, next) {
    const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim();
    if (!MULTIPART.test(mediaType)) {
      throw new ProblemError('unsupported_media_type', {
        title: 'Send the file as multipart/form-data',
      });
    }
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw new ProblemError('validation_failed', {
        detail: 'The multipart/form-data body could not be read',
      });
    }
    const { errors, file } = fieldErrors(form);
    if (!file || errors.length) throw new ProblemError('file_invalid', { errors });
    if (file.size > MAX_FILE_BYTES) {
      throw new ProblemError('file_too_large', {
        detail: `The file has ${file.size} bytes; at most ${MAX_FILE_BYTES} are taken`,
      });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const name = cleanName(file.name);
    const contentType = sniffContentType(bytes, { name, type: file.type });
    if (!contentType) {
      throw new ProblemError('file_type_not_allowed', {
        detail:
          `The bytes are none of ${FILE_CONTENT_TYPES.join(', ')} (text counts as CSV when ` +
          'the name ends in .csv or the part declares text/csv)',
      });
    }
    const fingerprint = createHash('sha256')
      .update(`${name}\n${file.type}\n`)
      .update(bytes)
      .digest('hex');
    c.set('upload', { name, contentType, bytes, fingerprint });
    await next();
  };
}
