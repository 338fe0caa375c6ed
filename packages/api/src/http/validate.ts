import type { FieldError } from '@partnerkit/contracts';
import type { Context, MiddlewareHandler } from 'hono';
import { uniqueSymbol, resolver } from 'hono-openapi';
import { validator } from 'hono/validator';
import type { $ZodType, input, output } from 'zod/v4/core';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

type Target = 'json' | 'query' | 'param';

type Validated<T extends Target, S extends $ZodType> = {
  in: { [K in T]: input<S> };
  out: { [K in T]: output<S> };
};

interface Issue {
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  message: string;
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

function pathOf(path: Issue['path']): string[] {
  return (path ?? []).map((segment) =>
    String(typeof segment === 'object' && segment !== null ? segment.key : segment),
  );
}

/** zod issues carry a `code`; other standard-schema libraries may not. */
export function toFieldErrors(issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const { code = 'invalid', keys } = issue as { code?: string; keys?: string[] };
    const path = pathOf(issue.path);
    if (code === 'unrecognized_keys' && keys) {
      return keys.map((key) => ({
        path: [...path, key].join('.'),
        code,
        message: `Unknown field "${key}"`,
      }));
    }
    return [{ path: path.join('.'), code, message: issue.message }];
  });
}

async function parseJsonBody(c: Context<AppEnv, string, object>): Promise<void> {
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim();
  if (!JSON_MEDIA_TYPE.test(mediaType)) throw new ProblemError('unsupported_media_type');
  try {
    await c.req.json();
  } catch {
    throw new ProblemError('malformed_json');
  }
}

/**
 * Validates one part of the request against a contract schema; `c.req.valid(target)` then
 * holds the parsed value. Failures become 400 `validation_failed` with one entry per field,
 * and the schema shows up in the OpenAPI document.
 */
export function validate<T extends Target, S extends $ZodType>(
  target: T,
  schema: S,
): MiddlewareHandler<AppEnv, string, Validated<T, S>> {
  const check = validator(target, async (value) => {
    const result = await schema['~standard'].validate(value);
    if (result.issues) {
      throw new ProblemError('validation_failed', { errors: toFieldErrors(result.issues) });
    }
    return result.value;
  }) as unknown as MiddlewareHandler<AppEnv>;
  const middleware: MiddlewareHandler<AppEnv, string, Validated<T, S>> = async (c, next) => {
    if (target === 'json') await parseJsonBody(c);
    return check(c as unknown as Context<AppEnv>, next);
  };
  return Object.assign(middleware, { [uniqueSymbol]: { target, ...resolver(schema) } });
}
