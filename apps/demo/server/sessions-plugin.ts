import type { IncomingMessage, ServerResponse } from 'node:http';
import { createClient } from '@partnerkit/client';
import type { Plugin } from 'vite';
import { pageConfig, type DemoSettings } from './demo-settings.js';

/** Session tokens for the demo last 15 minutes; the page asks for a new one when they expire. */
const SESSION_TTL_SECONDS = 900;
const MAX_BODY_BYTES = 4096;

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_BODY_BYTES) throw new Error('Request body too large');
  }
  return JSON.parse(body || '{}');
}

function partnerIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('partnerId' in body)) return undefined;
  return typeof body.partnerId === 'string' ? body.partnerId : undefined;
}

/**
 * The vendor backend of the demo, as a Vite dev-server middleware: it holds the demo secret key
 * and mints partner session tokens with `POST /v1/partner-sessions`, exactly what a vendor's own
 * server does after its login. The browser only ever receives the short-lived token.
 *
 * - `GET /demo/config.json` → the API origin, publishable key and the demo partners.
 * - `POST /demo/sessions` `{ partnerId }` → `{ token, expiresAt }` for that partner's first user.
 */
export function demoSessions(settings: DemoSettings): Plugin {
  const client = createClient({ baseUrl: settings.apiBase, secretKey: settings.seed.secretKey });
  const config = pageConfig(settings);

  async function mint(req: IncomingMessage, res: ServerResponse) {
    let partnerId: string | undefined;
    try {
      partnerId = partnerIdOf(await readJson(req));
    } catch {
      return sendJson(res, 400, { error: 'Send JSON: { "partnerId": "…" }' });
    }
    const partner = settings.seed.partners.find((candidate) => candidate.id === partnerId);
    const user = partner?.users[0];
    if (!partner || !user) return sendJson(res, 404, { error: 'Unknown demo partner' });
    try {
      const session = await client.partnerSessions.create({
        partnerId: partner.id,
        userId: user.id,
        ttlSeconds: SESSION_TTL_SECONDS,
      });
      return sendJson(res, 200, session);
    } catch (error) {
      console.error('demo: minting a partner session failed', error);
      return sendJson(res, 502, { error: 'The PartnerKit API did not issue a session' });
    }
  }

  return {
    name: 'partnerkit-demo-sessions',
    configureServer(server) {
      server.middlewares.use('/demo/config.json', (req, res, next) => {
        if (req.method !== 'GET') return next();
        sendJson(res, 200, config);
      });
      server.middlewares.use('/demo/sessions', (req, res, next) => {
        if (req.method !== 'POST') return next();
        void mint(req, res);
      });
    },
  };
}
