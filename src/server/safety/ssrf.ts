/**
 * Server-side request forgery guard for `POST /v1/analyze {url}`. A URL names a host; what matters is the
 * address the socket really connects to, so the check runs inside the connection's DNS lookup (every
 * redirect hop and every re-resolution goes through it, which also defeats DNS rebinding), and IP literals,
 * which skip the lookup, are checked before the request is made.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';

/** Resolves a host name to all its addresses (injectable so tests can map a public-looking name to loopback). */
export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>;

/** The system resolver: every A and AAAA record, as the socket would see them. */
export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (e, addrs) => (e ? reject(e) : resolve(addrs)));
  });

/** Address ranges a public URL must never reach: loopback, private, link-local (cloud metadata), reserved. */
const RANGES: ReadonlyArray<readonly [string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'a "this network" address'],
  ['10.0.0.0', 8, 'ipv4', 'a private address'],
  ['100.64.0.0', 10, 'ipv4', 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'ipv4', 'a loopback address'],
  ['169.254.0.0', 16, 'ipv4', 'a link-local or cloud metadata address'],
  ['172.16.0.0', 12, 'ipv4', 'a private address'],
  ['192.0.0.0', 24, 'ipv4', 'a reserved address'],
  ['192.0.2.0', 24, 'ipv4', 'a documentation address'],
  ['192.168.0.0', 16, 'ipv4', 'a private address'],
  ['198.18.0.0', 15, 'ipv4', 'a benchmarking address'],
  ['198.51.100.0', 24, 'ipv4', 'a documentation address'],
  ['203.0.113.0', 24, 'ipv4', 'a documentation address'],
  ['224.0.0.0', 4, 'ipv4', 'a multicast address'],
  ['240.0.0.0', 4, 'ipv4', 'a reserved address'],
  ['::', 128, 'ipv6', 'the unspecified address'],
  ['::1', 128, 'ipv6', 'a loopback address'],
  ['64:ff9b::', 96, 'ipv6', 'a NAT64 address'],
  ['100::', 64, 'ipv6', 'a discard address'],
  ['2001:db8::', 32, 'ipv6', 'a documentation address'],
  ['fc00::', 7, 'ipv6', 'a private (unique local) address'],
  ['fe80::', 10, 'ipv6', 'a link-local address'],
  ['ff00::', 8, 'ipv6', 'a multicast address'],
];

const LISTS = RANGES.map(([net, prefix, family, why]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, family);
  return { list, family, why };
});

/** Why an address is off limits, or null for a public address. IPv4-mapped IPv6 is judged as its IPv4. */
export const forbiddenAddress = (address: string): string | null => {
  let a = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped?.[1]) a = mapped[1];
  const v = isIP(a);
  if (v === 0) return 'not an IP address';
  const family = v === 4 ? 'ipv4' : 'ipv6';
  for (const l of LISTS) if (l.family === family && l.list.check(a, family)) return l.why;
  return null;
};

/** The error a refused connection carries, so the caller can tell a refusal from a network failure. */
export class ForbiddenAddressError extends Error {
  /** The address refused and why, for the problem detail. */
  readonly detail: string;
  constructor(host: string, address: string, why: string) {
    super(`${host} resolves to ${address}, ${why}`);
    this.name = 'ForbiddenAddressError';
    this.detail = host === address ? `${address} (${why})` : `${host} (${address}, ${why})`;
  }
}

/** How a guarded fetch behaves: the resolver to use, and whether private addresses are allowed at all. */
export interface GuardOptions {
  readonly resolver?: Resolver;
  readonly allowPrivate?: boolean;
}

/** A fetch for one request, plus the refusal it met (if any), read after the fetch fails. */
export interface GuardedFetch {
  readonly fetch: typeof globalThis.fetch;
  readonly refused: () => ForbiddenAddressError | null;
}

/** Builds the connection pool whose lookup refuses forbidden addresses; one per server. */
export const guardedAgent = (opts: GuardOptions = {}): Agent => {
  const resolver = opts.resolver ?? systemResolver;
  return new Agent({
    connect: {
      lookup: (hostname, options, cb) => {
        resolver(hostname).then(
          (addrs) => {
            const family = (options as { family?: number }).family;
            const usable = addrs.filter((a) => !family || a.family === family);
            if (usable.length === 0) {
              cb(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
              return;
            }
            if (!opts.allowPrivate)
              for (const a of usable) {
                const why = forbiddenAddress(a.address);
                if (why) {
                  cb(new ForbiddenAddressError(hostname, a.address, why), '', 4);
                  return;
                }
              }
            if ((options as { all?: boolean }).all)
              (cb as unknown as (e: null, a: LookupAddress[]) => void)(null, [...usable]);
            else cb(null, usable[0]!.address, usable[0]!.family);
          },
          (e: unknown) => cb(e as NodeJS.ErrnoException, '', 4),
        );
      },
    },
  });
};

const findForbidden = (e: unknown): ForbiddenAddressError | null => {
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++)
    if (c instanceof ForbiddenAddressError) return c;
  return null;
};

/** A fetch that goes through the guarded agent and refuses IP-literal URLs in forbidden ranges. */
export const guardedFetch = (agent: Agent, opts: GuardOptions = {}): GuardedFetch => {
  let refused: ForbiddenAddressError | null = null;
  const run = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!opts.allowPrivate && isIP(host)) {
      const why = forbiddenAddress(host);
      if (why) {
        refused = new ForbiddenAddressError(host, host, why);
        throw new TypeError('fetch failed', { cause: refused });
      }
    }
    try {
      // undici's own fetch, so its Agent (and the lookup above) is the one that connects
      return (await undiciFetch(url, { ...(init as object), dispatcher: agent })) as unknown as Response;
    } catch (e) {
      refused = findForbidden(e) ?? refused;
      throw e;
    }
  };
  return { fetch: run as typeof globalThis.fetch, refused: () => refused };
};
