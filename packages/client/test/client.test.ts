import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../src/index.js';

const baseUrl = 'https://api.test';

describe('createClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('refuses a secret key given as the publishable key', () => {
    expect(() => createClient({ baseUrl, publishableKey: 'sk_live_abc' })).toThrow(TypeError);
  });

  it('refuses a secretKey that is not one', () => {
    expect(() => createClient({ baseUrl, secretKey: 'pk_live_abc' })).toThrow(/sk_/);
  });

  it('warns when a secret key is used in a web page', () => {
    vi.stubGlobal('document', {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    createClient({ baseUrl, secretKey: 'sk_live_abc' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('secretKey'));
  });

  it('stays quiet on a server', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    createClient({ baseUrl, secretKey: 'sk_live_abc' });
    expect(warn).not.toHaveBeenCalled();
  });
});
