import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { DiskFileStore, openFileStore, type FileStore } from '../../src/files/file-store.js';
import { quietLogger } from '../../src/http/logger.js';
import { partnerTokens } from '../deals/builders.js';
import { describeBackends, seedTestTenant } from '../support/index.js';
import { download, SAMPLES, upload } from './builders.js';

const bytesOf = async (stream: ReadableStream<Uint8Array>) =>
  new Uint8Array(await new Response(stream).arrayBuffer());

interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/**
 * Just enough of S3's REST API for one path-style bucket: PUT, GET and DELETE of an object,
 * `NoSuchKey` for a missing one. It checks no signature; the tests look at the headers.
 */
async function startFakeS3() {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const seen: SeenRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = decodeURIComponent(new URL(req.url!, 'http://s3.test').pathname);
    seen.push({ method: req.method!, path, headers: req.headers });
    const object = objects.get(path);
    if (req.method === 'PUT') {
      const contentType = req.headers['content-type'] ?? 'application/octet-stream';
      objects.set(path, { body: Buffer.concat(chunks), contentType });
      res.writeHead(200, { ETag: '"etag"' }).end();
    } else if (req.method === 'GET' && object) {
      res
        .writeHead(200, {
          'Content-Type': object.contentType,
          'Content-Length': object.body.length,
        })
        .end(object.body);
    } else if (req.method === 'GET') {
      res
        .writeHead(404, { 'Content-Type': 'application/xml' })
        .end(
          '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>No such key</Message></Error>',
        );
    } else if (req.method === 'DELETE') {
      objects.delete(path);
      res.writeHead(204).end();
    } else {
      res.writeHead(405).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type FakeS3 = Awaited<ReturnType<typeof startFakeS3>>;

/** The store as `serve` opens it from `S3_BUCKET`, `S3_ENDPOINT` and `S3_REGION`. */
async function openS3Store(fake: FakeS3): Promise<FileStore> {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDTEST');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret-test');
  return openFileStore({
    kind: 's3',
    bucket: 'proofs',
    endpoint: fake.endpoint,
    region: 'eu-central-1',
  });
}

describe('S3FileStore', () => {
  let fake: FakeS3;
  let store: FileStore;
  beforeAll(async () => {
    fake = await startFakeS3();
    store = await openS3Store(fake);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await fake.close();
  });
  beforeEach(() => {
    fake.objects.clear();
    fake.seen.length = 0;
  });

  it('puts an object path-style in the bucket, signed, with its content type, and gets it back', async () => {
    const { bytes } = SAMPLES['application/pdf'];
    await store.put('ten_1/file_1', bytes, 'application/pdf');
    const stored = fake.objects.get('/proofs/ten_1/file_1');
    expect(stored && new Uint8Array(stored.body)).toEqual(bytes);
    expect(stored?.contentType).toBe('application/pdf');
    const [put] = fake.seen;
    expect(put?.method).toBe('PUT');
    expect(put?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-central-1\/s3\/aws4_request/,
    );
    expect(await bytesOf(await store.get('ten_1/file_1'))).toEqual(bytes);
  });

  it('rejects a key that holds nothing, and deletes', async () => {
    await expect(store.get('ten_1/file_missing')).rejects.toThrow();
    await store.put('ten_1/file_2', SAMPLES['image/png'].bytes, 'image/png');
    await store.delete('ten_1/file_2');
    expect(fake.objects.size).toBe(0);
    await expect(store.delete('ten_1/file_2')).resolves.toBeUndefined();
  });
});

describe('DiskFileStore', () => {
  let dir: string;
  let store: FileStore;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'partnerkit-store-'));
    store = new DiskFileStore(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps one file per key in a folder per tenant, and never writes a key twice', async () => {
    const { bytes } = SAMPLES['image/webp'];
    await store.put('ten_1/file_1', bytes, 'image/webp');
    expect(await readdir(join(dir, 'ten_1'))).toEqual(['file_1']);
    expect(await bytesOf(await store.get('ten_1/file_1'))).toEqual(bytes);
    await expect(store.put('ten_1/file_1', bytes, 'image/webp')).rejects.toThrow(/EEXIST/);
    await store.delete('ten_1/file_1');
    await expect(store.get('ten_1/file_1')).rejects.toThrow(/ENOENT/);
    await expect(store.delete('ten_1/file_1')).resolves.toBeUndefined();
  });

  it('takes only keys made of ids, so that none leaves its folder', async () => {
    for (const key of ['../escape', 'ten_1/../../escape', '/etc/passwd', 'ten_1//file', '']) {
      await expect(store.put(key, SAMPLES['text/csv'].bytes, 'text/csv'), key).rejects.toThrow(
        /Not a storage key/,
      );
    }
  });
});

describeBackends('files in an S3-compatible store', (ctx) => {
  let fake: FakeS3;
  let app: App;
  beforeAll(async () => {
    fake = await startFakeS3();
    app = createApp({
      database: ctx.database,
      clock: ctx.clock.now,
      logger: quietLogger,
      fileStore: await openS3Store(fake),
    });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await fake.close();
  });

  it('stores an upload under tenant/file and serves the same bytes', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const tokens = await partnerTokens(app, tenant);
    const sample = SAMPLES['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
    const { status, body } = await upload(app, sample, { auth: tokens.dach });
    expect(status).toBe(201);
    expect([...fake.objects.keys()]).toEqual([`/proofs/${tenant.id}/${body.id}`]);
    const { response, bytes } = await download(app, tenant.secretKey, body.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(sample.declared);
    expect(bytes).toEqual(sample.bytes);
  });
});
