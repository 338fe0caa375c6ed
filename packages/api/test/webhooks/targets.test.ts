import { describe, expect, it } from 'vitest';
import { refuseWebhookTarget } from '../../src/webhooks/targets.js';

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
