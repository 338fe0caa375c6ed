import { lookup as lookupCallback } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Where a multi-tenant API must not be made to send requests (SSRF). */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

function isPrivateAddress(address: string): boolean {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Why a webhook URL may not be used, or null when it may: http(s) only and, unless private
 * targets are allowed (development, tests), no host resolving to a private or loopback address.
 */
export async function refuseWebhookTarget(
  url: string,
  allowPrivateTargets: boolean,
): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The URL is not valid';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'Use an http(s) URL';
  if (parsed.username || parsed.password) return 'Credentials in the URL are not allowed';
  if (allowPrivateTargets) return null;
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(host)
      ? [host]
      : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    return `The host ${host} does not resolve`;
  }
  if (addresses.some(isPrivateAddress)) {
    return 'The URL points at a private or loopback address';
  }
  return null;
}

/**
 * The DNS lookup for a delivery's connection, refusing private and loopback addresses unless
 * allowed. `refuseWebhookTarget` checks the URL before an attempt, but the connection resolves
 * the host again: a name that answered with a public address then and a private one now (DNS
 * rebinding) is stopped here, on the address actually connected to. A host written as an IP
 * address is not looked up; `refuseWebhookTarget` has judged it already.
 */
export function guardedLookup(allowPrivateTargets: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookupCallback(hostname, options, (error, address, family) => {
      if (error || allowPrivateTargets) return callback(error, address, family);
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
      if (!addresses.some(isPrivateAddress)) return callback(null, address, family);
      const refused: NodeJS.ErrnoException = new Error(
        `${hostname} resolves to a private or loopback address`,
      );
      refused.code = 'EPRIVATETARGET';
      callback(refused, address, family);
    });
  };
}

/** Private targets are allowed outside production unless the caller says otherwise. */
export function defaultAllowPrivateTargets(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== 'production';
}
