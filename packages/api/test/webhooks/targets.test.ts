import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postDelivery } from '../../src/webhooks/post.js';
import { guardedLookup, refuseWebhookTarget } from '../../src/webhooks/targets.js';

describe('webhook targets (SSRF)', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://10.1.2.3/hook',
    'http://172.20.0.1/hook',
    'http://192.168.1.10/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://0.0.0.0/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[fd00::1]/hook',
    'http://localhost/hook',
  ])('refuses %s in production', async (url) => {
    expect(await refuseWebhookTarget(url, false)).toMatch(/private or loopback|does not resolve/);
  });

  it('allows public addresses, and private ones when told to', async () => {
    expect(await refuseWebhookTarget('https://93.184.215.14/hook', false)).toBeNull();
    expect(await refuseWebhookTarget('http://127.0.0.1:8080/hook', true)).toBeNull();
  });

  it('refuses other schemes and credentials in the URL', async () => {
    expect(await refuseWebhookTarget('ftp://93.184.215.14/hook', true)).toMatch(/http/);
    expect(await refuseWebhookTarget('https://user:pw@93.184.215.14/', true)).toMatch(
      /Credentials/,
    );
  });
});

describe('the connection of a delivery (DNS rebinding)', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const lookup = (allow: boolean, hostname: string, all: boolean) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
      guardedLookup(allow)(hostname, { all }, (error, address) => resolve({ error, address })),
    );

  it('refuses a name that resolves to a loopback address at lookup time, in both lookup forms', async () => {
    for (const all of [false, true]) {
      expect((await lookup(false, 'localhost', all)).error?.code).toBe('EPRIVATETARGET');
      expect((await lookup(true, 'localhost', all)).error).toBeNull();
    }
  });

  it('refuses to connect, whatever the URL looked like before, and posts when allowed', async () => {
    const url = `http://localhost:${port}/hook`;
    const options = { timeoutMs: 2000, allowPrivateTargets: false };
    await expect(postDelivery(url, {}, '{}', options)).rejects.toMatchObject({
      code: 'EPRIVATETARGET',
    });
    expect(await postDelivery(url, {}, '{}', { ...options, allowPrivateTargets: true })).toBe(204);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`;
    try {
      await expect(
        postDelivery(url, {}, '{}', { timeoutMs: 200, allowPrivateTargets: true }),
      ).rejects.toMatchObject({ name: 'TimeoutError' });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
