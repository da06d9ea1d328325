/**
 * Where the server may send requests on a user's behalf (webhooks), against
 * server-side request forgery: never to private, loopback, link-local or other
 * special-purpose addresses — checked when a URL is registered, and again on
 * every connection (`guardedLookup`), so a DNS answer that changes later
 * cannot point a webhook inside the network. Development allows everything
 * (and plain http to localhost); tests allow loopback, where their receivers run.
 */
import { lookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

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

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

const SPECIAL = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  SPECIAL.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  SPECIAL.addSubnet(network, prefix, "ipv6");
}

/** `::ffff:10.0.0.1` is 10.0.0.1. */
function unmapped(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: "ipv4" };
  return { address, family: isIP(address) === 6 ? "ipv6" : "ipv4" };
}

/** Why the server may not connect to `address`, or null when it may. */
export function addressRefusal(raw: string, policy: AddressPolicy): string | null {
  const { address, family } = unmapped(raw);
  if (LOOPBACK.check(address, family)) return policy.allowLoopback ? null : `${raw} is a loopback address`;
  if (SPECIAL.check(address, family)) return policy.allowPrivate ? null : `${raw} is a private or reserved address`;
  return null;
}

const isLoopbackHost = (host: string) =>
  host === "localhost" || (isIP(host) > 0 && LOOPBACK.check(unmapped(host).address, unmapped(host).family));

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
