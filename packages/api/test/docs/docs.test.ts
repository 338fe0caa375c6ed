import { expect, it } from 'vitest';
import { call, describeBackends } from '../support/index.js';

type Operation = { responses?: Record<string, unknown>; security?: unknown[]; tags?: string[] };
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
};

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

describeBackends('GET /openapi.json and /docs', (ctx) => {
  it('describes every route of the app', async () => {
    const { status, body } = await call<Document>(ctx.app, 'GET', '/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const expected = new Set(
      ctx.app.routes
        .filter((route) => route.method !== 'ALL' && !/^\/(docs|openapi\.json)/.test(route.path))
        .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(body.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method} ${path}`),
      ),
    );
    expect([...expected].filter((route) => !documented.has(route))).toEqual([]);
    for (const route of ['post /v1/partner-sessions', 'get /v1/me', 'get /healthz']) {
      expect(documented).toContain(route);
    }
  });

  it('gives every operation responses, tags and the right security', async () => {
    const { body } = await call<Document>(ctx.app, 'GET', '/openapi.json');
    for (const [path, methods] of Object.entries(body.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect(Object.keys(operation.responses ?? {}), `${method} ${path}`).not.toHaveLength(0);
        expect(operation.tags, `${method} ${path}`).toBeDefined();
      }
    }
    expect(body.paths['/v1/partner-sessions']!.post!.security).toEqual([{ secretKey: [] }]);
    expect(body.paths['/v1/me']!.get!.security).toEqual([{ partnerSession: [] }]);
    expect(Object.keys(body.components.securitySchemes).sort()).toEqual([
      'partnerSession',
      'publishableKey',
      'secretKey',
    ]);
  });

  it('resolves every $ref to a named component schema', async () => {
    const { body } = await call<Document>(ctx.app, 'GET', '/openapi.json');
    const refs = new Set(refsIn(body));
    expect(refs.size).toBeGreaterThan(0);
    for (const ref of refs) {
      const name = ref.replace('#/components/schemas/', '');
      expect(body.components.schemas[name], ref).toBeDefined();
    }
    for (const name of ['Problem', 'PartnerSession', 'PartnerSessionInput', 'Me']) {
      expect(body.components.schemas[name], name).toBeDefined();
    }
  });

  it('serves Swagger UI from local assets, without external URLs or inline script', async () => {
    const page = await ctx.app.request('/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets).toContain('docs/assets/swagger-ui-bundle.js');
    for (const asset of assets) {
      const response = await ctx.app.request(`/${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
    }
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    const unknown = await ctx.app.request('/docs/assets/..%2F..%2Fpackage.json');
    expect(unknown.status).toBe(404);
  });
});
