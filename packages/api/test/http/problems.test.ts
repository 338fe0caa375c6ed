import { PROBLEM_CONTENT_TYPE, Problem } from '@partnerkit/contracts';
import { expect, it } from 'vitest';
import type { Logger } from '../../src/http/logger.js';
import { platformApp } from '../support/platform-app.js';
import { call, describeBackends, seedTestTenant } from '../support/index.js';

describeBackends('problem responses', (ctx) => {
  const post = (body: string, headers: Record<string, string>) =>
    ctx.app.request('/v1/partner-sessions', { method: 'POST', body, headers });

  async function expectProblem(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toBe(PROBLEM_CONTENT_TYPE);
    const problem = Problem.parse(await response.json());
    expect(problem).toMatchObject({
      status,
      code,
      type: `https://partnerkit.dev/problems/${code}`,
    });
    expect(problem.requestId).toBe(response.headers.get('X-Request-Id'));
    return problem;
  }

  it('400 malformed_json for a body that is not JSON', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const response = await post('{"partnerId": ', {
      Authorization: `Bearer ${tenant.secretKey}`,
      'Content-Type': 'application/json',
    });
    await expectProblem(response, 400, 'malformed_json');
  });

  it('415 unsupported_media_type for a POST that is not JSON', async () => {
    const tenant = await seedTestTenant(ctx.database);
    const response = await post('partnerId=x', {
      Authorization: `Bearer ${tenant.secretKey}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    await expectProblem(response, 415, 'unsupported_media_type');
    const noType = await post('{}', { Authorization: `Bearer ${tenant.secretKey}` });
    expect(noType.status).toBe(415);
  });

  it('413 payload_too_large for an accounts import over 16 MiB, before authentication', async () => {
    const response = await ctx.app.request('/v1/accounts/import', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: ' '.repeat(16 * 1024 * 1024 + 10),
    });
    await expectProblem(response, 413, 'payload_too_large');
  });

  it('413 payload_too_large over 1 MiB, before authentication', async () => {
    const response = await post(' '.repeat(1024 * 1024 + 10), {
      'Content-Type': 'application/json',
    });
    await expectProblem(response, 413, 'payload_too_large');
  });

  it('413 payload_too_large from a declared Content-Length, before reading the body', async () => {
    const declared = (length: number) =>
      post('{}', { 'Content-Type': 'application/json', 'Content-Length': String(length) });
    await expectProblem(await declared(1024 * 1024 + 1), 413, 'payload_too_large');
    expect((await declared(1024 * 1024)).status).toBe(401);
  });

  it('404 not_found for an unknown route', async () => {
    const response = await ctx.app.request('/v1/nothing-here');
    const problem = await expectProblem(response, 404, 'not_found');
    expect(problem.instance).toBe('/v1/nothing-here');
  });

  it('405 method_not_allowed with Allow for a known route', async () => {
    const response = await ctx.app.request('/v1/me', { method: 'DELETE' });
    await expectProblem(response, 405, 'method_not_allowed');
    expect(response.headers.get('Allow')).toContain('GET');
  });

  it('500 internal_error without a stack; the stack goes to the log', async () => {
    const errors: Record<string, unknown>[] = [];
    const logger: Logger = { info: () => undefined, error: (record) => errors.push(record) };
    const app = platformApp(
      ctx,
      (routes) =>
        routes.get('/boom', () => {
          throw new Error('database password is hunter2');
        }),
      logger,
    );
    const response = await app.request('/boom');
    const problem = await expectProblem(response, 500, 'internal_error');
    expect(JSON.stringify(problem)).not.toContain('hunter2');
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts/);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]!.error)).toContain('hunter2');
    expect(errors[0]!.requestId).toBe(problem.requestId);
  });

  it('keeps a sane incoming X-Request-Id and replaces a hostile one', async () => {
    const kept = await ctx.app.request('/healthz', { headers: { 'X-Request-Id': 'trace-42' } });
    expect(kept.headers.get('X-Request-Id')).toBe('trace-42');
    const replaced = await ctx.app.request('/healthz', {
      headers: { 'X-Request-Id': 'a b\u0007<script>' },
    });
    expect(replaced.headers.get('X-Request-Id')).toMatch(/^req_/);
  });

  it('writes one structured log line per request', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger: Logger = { info: (record) => lines.push(record), error: () => undefined };
    const app = platformApp(ctx, (routes) => routes.get('/ok', (c) => c.json({})), logger);
    const response = await app.request('/ok');
    expect(lines).toEqual([
      {
        msg: 'request',
        method: 'GET',
        path: '/ok',
        status: 200,
        ms: expect.any(Number),
        requestId: response.headers.get('X-Request-Id'),
      },
    ]);
  });

  it('answers CORS preflights for browser calls', async () => {
    const response = await ctx.app.request('/v1/partner-sessions', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://portal.example.test',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const allowed = response.headers.get('Access-Control-Allow-Headers')!.toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key']) {
      expect(allowed).toContain(header);
    }
    const simple = await call(ctx.app, 'GET', '/healthz', {
      headers: { Origin: 'https://portal.example.test' },
    });
    expect(simple.headers.get('Access-Control-Expose-Headers')).toContain('X-Request-Id');
    expect(simple.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('lets a browser read error responses too: CORS headers and the request id on each', async () => {
    const origin = { Origin: 'https://portal.example.test' };
    const responses = [
      await ctx.app.request('/v1/me', { headers: origin }),
      await ctx.app.request('/v1/nothing-here', { headers: origin }),
      await ctx.app.request('/v1/me', { method: 'DELETE', headers: origin }),
      await post(' '.repeat(1024 * 1024 + 10), { ...origin, 'Content-Type': 'application/json' }),
    ];
    expect(responses.map((response) => response.status)).toEqual([401, 404, 405, 413]);
    for (const response of responses) {
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(response.headers.get('Access-Control-Expose-Headers')).toContain('X-Request-Id');
      expect(response.headers.get('X-Request-Id')).toMatch(/^req_/);
    }
  });

  it('GET /healthz reports the database', async () => {
    const response = await call(ctx.app, 'GET', '/healthz');
    expect(response.body).toEqual({ status: 'ok', database: ctx.kind });
  });
});
