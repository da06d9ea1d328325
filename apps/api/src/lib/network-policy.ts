/**
 * Where the server may send requests on a user's behalf (webhooks), against
 * server-side request forgery: never to private, loopback, link-local or other
 * special-purpose addresses — checked when a URL is registered, and again on
 * every connection (`guardedLookup`), so a DNS answer that changes later
 * cannot point a webhook inside the network. Development allows everything
 * (and plain http to localhost); tests allow loopback, where their receivers run.
 */
import { lookup } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

export interface AddressPolicy {
  allowLoopback: boolean;
  allowPrivate: boolean;
  /** Plain http, to a loopback host only. */
  allowHttpToLoopback: boolean;
}

export function addressPolicy(environment: "development" | "test" | "production"): AddressPolicy {
  if (environment === "development") return { allowLoopback: true, allowPrivate: true, allowHttpToLoopback: true };
  if (environment === "test") return { allowLoopback: true, allowPrivate: false, allowHttpToLoopback: true };
  return { allowLoopback: false, allowPrivate: false, allowHttpToLoopback: false };
}

/**
 * The address as the WHATWG URL parser writes it (IPv6 in hex groups, IPv4 in
 * dotted decimal), so that ipaddr.js never sees dotted IPv6 forms, which it reads
 * as IPv4-mapped even when they are IPv4-compatible (`::127.0.0.1`).
 */
function canonical(raw: string): string | null {
  const bare = raw.replace(/%.*$/, "");
  try {
    return new URL(`http://${isIP(bare) === 6 ? `[${bare}]` : bare}/`).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return null;
  }
}

/**
 * What an address is, by ipaddr.js's ranges (IANA special-purpose registries). Only
 * `unicast` (public) and `loopback` are ever connected to. An IPv4-mapped IPv6
 * address (`::ffff:127.0.0.1`, `::ffff:0:7f00:1` is the same) is classified as
 * the IPv4 address it carries; every other IPv6 form that embeds or translates an
 * IPv4 address (IPv4-compatible `::127.0.0.1`, rfc6145 `::ffff:0:…`, NAT64
 * rfc6052 `64:ff9b::…`, 6to4 `2002::/16`, Teredo `2001::/32`) is refused as
 * a whole, since where it ends up depends on translators we do not control.
 */
export function addressKind(raw: string): string {
  const text = canonical(raw);
  if (text === null || !ipaddr.isValid(text)) return "invalid";
  let address = ipaddr.parse(text);
  if (address.kind() === "ipv6") {
    const v6 = address as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) address = v6.toIPv4Address();
    else if (v6.parts.slice(0, 6).every((part) => part === 0) && v6.range() !== "loopback" && v6.range() !== "unspecified") {
      return "ipv4Compatible";
    }
  }
  return address.range();
}

/** Why the server may not connect to `address`, or null when it may. */
export function addressRefusal(raw: string, policy: AddressPolicy): string | null {
  const kind = addressKind(raw);
  if (kind === "unicast") return null;
  if (kind === "loopback") return policy.allowLoopback ? null : `${raw} is a loopback address`;
  return policy.allowPrivate ? null : `${raw} is a private or reserved address (${kind})`;
}

const isLoopbackHost = (host: string) => host === "localhost" || addressKind(host) === "loopback";

async function resolve(host: string): Promise<string[]> {
  if (isIP(host)) return [host];
  return new Promise((done, fail) =>
    lookup(host, { all: true }, (error, addresses) => (error ? fail(error) : done(addresses.map((entry) => entry.address)))),
  );
}

/** Why `url` may not be a webhook target, or null. Resolves the host name (all its addresses must be allowed). */
export async function urlRefusal(url: string, policy: AddressPolicy): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a URL";
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  if (parsed.username || parsed.password) return "may not carry a user name or password";
  if (parsed.protocol === "http:" && !(policy.allowHttpToLoopback && isLoopbackHost(host))) return "must use https";
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return "must use https";
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    return `host ${host} could not be resolved`;
  }
  for (const address of addresses) {
    const refusal = addressRefusal(address, policy);
    if (refusal) return `resolves to ${refusal}`;
  }
  return null;
}

/** A `lookup` for http(s).request that refuses to connect to an address the policy forbids. */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const allowed = addresses.filter((entry) => addressRefusal(entry.address, policy) === null);
      if (allowed.length === 0) {
        const refused = Object.assign(
          new Error(`Refused to connect to ${hostname}: ${addresses.map((a) => a.address).join(", ")}`),
          {
            code: "EADDRNOTALLOWED",
          },
        );
        return callback(refused, "", 0);
      }
      if (options.all) return callback(null, allowed);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}
