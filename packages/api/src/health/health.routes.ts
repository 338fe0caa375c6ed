import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { describeEndpoint } from '../http/describe.js';

export const healthRoutes = new Hono<AppEnv>().get(
  '/',
  describeEndpoint({
    tags: ['Operations'],
    summary: 'Liveness and database reachability',
    security: 'none',
    responses: { 200: { description: '`{ status: "ok", database: "pglite" | "postgres" }`' } },
  }),
  async (c) => {
    await c.var.database.db.execute(sql`select 1`);
    return c.json({ status: 'ok', database: c.var.database.kind });
  },
);
