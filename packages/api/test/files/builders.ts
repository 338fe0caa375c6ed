import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { FileContentType } from '@partnerkit/contracts';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { DiskFileStore, type FileStore } from '../../src/files/file-store.js';
import { quietLogger } from '../../src/http/logger.js';
import type { BackendContext, CallResult } from '../support/index.js';

type Bytes = Uint8Array<ArrayBuffer>;
const text = (value: string): Bytes => new TextEncoder().encode(value);
const concat = (...parts: Uint8Array[]): Bytes => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** A zip of stored (uncompressed) entries, as an XLSX writer would lay one out. */
export function zip(entries: Record<string, string>): Bytes {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = text(name);
    const data = text(content);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc32(data), true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint32(16, crc32(data), true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, nameBytes.length, true);
    central.setUint32(42, offset, true);
    const localBytes = concat(new Uint8Array(local.buffer), nameBytes, data);
    locals.push(localBytes);
    centrals.push(concat(new Uint8Array(central.buffer), nameBytes));
    offset += localBytes.length;
  }
  const directory = concat(...centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, centrals.length, true);
  end.setUint16(10, centrals.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat(...locals, directory, new Uint8Array(end.buffer));
}

const CONTENT_TYPES_XML = '<?xml version="1.0"?><Types/>';

export interface Sample {
  name: string;
  declared: string;
  bytes: Bytes;
}

/** One small file of each allowed type, named and declared as a browser would. */
export const SAMPLES: Record<FileContentType, Sample> = {
  'application/pdf': {
    name: 'invoice.pdf',
    declared: 'application/pdf',
    bytes: text('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  },
  'image/png': {
    name: 'booth.png',
    declared: 'image/png',
    bytes: new Uint8Array(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    ),
  },
  'image/jpeg': {
    name: 'Messestand München.jpg',
    declared: 'image/jpeg',
    bytes: concat(
      Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10),
      text('JFIF\0'),
      Uint8Array.of(0xff, 0xd9),
    ),
  },
  'image/webp': {
    name: 'banner.webp',
    declared: 'image/webp',
    bytes: concat(text('RIFF'), Uint8Array.of(26, 0, 0, 0), text('WEBPVP8 '), new Uint8Array(18)),
  },
  'text/csv': {
    name: 'leads.csv',
    // What Windows declares for .csv when Excel is installed.
    declared: 'application/vnd.ms-excel',
    bytes: text('company,leads\r\nAlpenwerk IT,31\r\n"Müller, Söhne",4\r\n'),
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    name: 'results.xlsx',
    declared: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: zip({
      '[Content_Types].xml': CONTENT_TYPES_XML,
      '_rels/.rels': '<Relationships/>',
      'xl/workbook.xml': '<workbook/>',
      'xl/worksheets/sheet1.xml': '<worksheet/>',
    }),
  },
};

/** Files whose bytes are none of the allowed types, each dressed up as one. */
export const SPOOFED: Record<string, Sample> = {
  'a Windows program named .pdf': {
    name: 'invoice.pdf',
    declared: 'application/pdf',
    bytes: concat(text('MZ'), Uint8Array.of(0x90, 0, 3, 0, 0, 0, 4, 0), text('This program')),
  },
  'an HTML page named .pdf and declared a PNG': {
    name: 'proof.pdf',
    declared: 'image/png',
    bytes: text('<!doctype html><script>alert(document.cookie)</script>'),
  },
  'a Word document named .xlsx': {
    name: 'results.xlsx',
    declared: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: zip({ '[Content_Types].xml': CONTENT_TYPES_XML, 'word/document.xml': '<document/>' }),
  },
  'a zip whose central directory is cut off': {
    name: 'results.xlsx',
    declared: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: zip({ '[Content_Types].xml': CONTENT_TYPES_XML, 'xl/workbook.xml': '<w/>' }).slice(
      0,
      -30,
    ),
  },
  'binary bytes named .csv': {
    name: 'leads.csv',
    declared: 'text/csv',
    bytes: Uint8Array.of(0x63, 0x6f, 0x00, 0x01, 0x2c, 0x0a),
  },
  'Latin-1 text named .csv': {
    name: 'leads.csv',
    declared: 'text/csv',
    bytes: Uint8Array.of(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x2c, 0x34, 0x0a),
  },
  'text neither named .csv nor declared text/csv': {
    name: 'notes.txt',
    declared: 'text/plain',
    bytes: text('company,leads\nAlpenwerk IT,31\n'),
  },
};

export interface UploadOptions {
  auth?: string;
  headers?: Record<string, string>;
  /** Builds the form instead of the one `file` part. */
  form?: (form: FormData) => void;
}

/** `POST /v1/files` with the file as a browser's FormData sends it (a new boundary each time). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies loosely and assert on them
export async function upload<T = any>(
  app: App,
  sample: Sample | null,
  options: UploadOptions = {},
): Promise<CallResult<T>> {
  const form = new FormData();
  if (sample) form.append('file', new File([sample.bytes], sample.name, { type: sample.declared }));
  options.form?.(form);
  const response = await app.request('/v1/files', {
    method: 'POST',
    body: form,
    headers: {
      ...options.headers,
      ...(options.auth && { Authorization: `Bearer ${options.auth}` }),
    },
  });
  const body = (await response.json()) as T;
  return { status: response.status, headers: response.headers, body };
}

export async function download(app: App, auth: string | undefined, id: string) {
  const response = await app.request(`/v1/files/${id}/content`, {
    headers: auth ? { Authorization: `Bearer ${auth}` } : {},
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/**
 * The suite's app with its files in a temporary folder, removed after the suite: `ctx.app`
 * would keep them in the default data folder.
 */
export function appWithDiskFiles(ctx: BackendContext) {
  let dir: string | undefined;
  let app: App | undefined;
  let store: FileStore | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'partnerkit-files-'));
    store = new DiskFileStore(dir);
    app = createApp({
      database: ctx.database,
      clock: ctx.clock.now,
      logger: quietLogger,
      fileStore: store,
    });
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    get app(): App {
      if (!app) throw new Error('The app is created in beforeAll');
      return app;
    },
    /** Every stored file's path under the folder, as `tenant/file`. */
    async storedKeys(): Promise<string[]> {
      if (!dir) throw new Error('The folder is made in beforeAll');
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir!.length + 1));
    },
  };
}
