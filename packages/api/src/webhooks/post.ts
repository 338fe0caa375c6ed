import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup } from './targets.js';

export class DeliveryTimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * POSTs a delivery and resolves with the status code once the response headers are in; the body
 * is read and dropped. `node:http` rather than `fetch`, because only it lets the connection use
 * our own DNS lookup (`guardedLookup`), so the address checked is the address connected to.
 * Redirects are not followed. Rejects on a network error or after `timeoutMs` without headers.
 */
export function postDelivery(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowPrivateTargets: boolean },
): Promise<number> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(target, {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      lookup: guardedLookup(options.allowPrivateTargets),
    });
    const timer = setTimeout(
      () => request.destroy(new DeliveryTimeoutError('Timed out waiting for the response')),
      options.timeoutMs,
    );
    request.on('response', (response) => {
      clearTimeout(timer);
      // A receiver that hangs up while we drain its body has answered already.
      response.on('error', () => undefined);
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
}
