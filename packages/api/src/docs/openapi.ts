import type { Hono } from 'hono';
import { openAPIRouteHandler } from 'hono-openapi';
import type { AppEnv } from '../http/env.js';

/** `GET /openapi.json`: built from the routes' descriptions and the contract schemas. */
export function openApiHandler(app: Hono<AppEnv>) {
  return openAPIRouteHandler(app, {
    documentation: {
      openapi: '3.1.0',
      info: {
        title: 'PartnerKit API',
        version: '1.0.0',
        description:
          'Headless API of the PartnerKit partner-portal widgets. Errors are RFC 9457 ' +
          '`application/problem+json`; lists are cursor-paginated (`?cursor=&limit=`).',
      },
      components: {
        securitySchemes: {
          secretKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'Secret key `sk_…`: vendor servers only',
          },
          publishableKey: {
            type: 'http',
            scheme: 'bearer',
            description: "Publishable key `pk_…`: browsers, from the key's allowed origins",
          },
          partnerSession: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'Partner session token from `POST /v1/partner-sessions`',
          },
        },
      },
    },
    exclude: ['/openapi.json', /^\/docs/],
  });
}
