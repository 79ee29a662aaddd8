// The caller's address: the socket's, unless the socket is a trusted proxy
// (TRUST_PROXY CIDRs), in which case X-Forwarded-For is read from the right,
// skipping trusted hops, so a client cannot forge its address by prepending.
import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import { cidrContains, normalizeAddress, parseCidr, type ParsedCidr } from "../../contract/ip.ts";

export function clientAddressResolver(trustProxy: string[]): (c: Context) => string {
  const trusted: ParsedCidr[] = trustProxy.map((text) => {
    const parsed = parseCidr(text);
    if (!parsed) throw new Error(`TRUST_PROXY: ${text} is not an IP address or CIDR block`);
    return parsed;
  });
  const isTrusted = (addr: string) => trusted.some((t) => cidrContains(t, addr));
  return (c) => {
    const socket = normalizeAddress(getConnInfo(c).remote.address ?? "");
    if (!trusted.length || !isTrusted(socket)) return socket;
    const hops = (c.req.header("x-forwarded-for") ?? "").split(",").map((h) => normalizeAddress(h.trim())).filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i] ?? "";
      if (!isTrusted(hop)) return hop;
    }
    return hops[0] ?? socket;
  };
}
