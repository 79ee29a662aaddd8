// IP address and CIDR parsing shared by the console (inline validation) and the
// server (normalising entries, matching callers). Addresses become bigints so
// IPv4 and IPv6 share one containment test.

export interface ParsedCidr {
  version: 4 | 6;
  /** Network address with host bits cleared. */
  network: bigint;
  prefix: number;
}

const IPV4_PART = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => IPV4_PART.test(p))) return null;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseHextets(text: string): bigint[] | null {
  if (text === "") return [];
  const groups = text.split(":");
  const out: bigint[] = [];
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    out.push(BigInt(parseInt(g, 16)));
  }
  return out;
}

function parseIpv6(text: string): bigint | null {
  let body = text;
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes its two hextets.
  if (text.includes(".")) {
    const lastColon = text.lastIndexOf(":");
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    body = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = body.split("::");
  if (halves.length > 2) return null;
  const head = parseHextets(halves[0] ?? "");
  const rest = halves.length === 2 ? parseHextets(halves[1] ?? "") : [];
  if (!head || !rest) return null;
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const zeros = Array<bigint>(8 - given).fill(0n);
  const all = halves.length === 2 ? [...head, ...zeros, ...rest] : head;
  return all.reduce((acc, h) => (acc << 16n) | h, 0n);
}

export function parseIp(text: string): { version: 4 | 6; value: bigint } | null {
  if (text.length > 45) return null;
  const v4 = parseIpv4(text);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = text.includes(":") ? parseIpv6(text) : null;
  return v6 === null ? null : { version: 6, value: v6 };
}

function bits(version: 4 | 6): number {
  return version === 4 ? 32 : 128;
}

function mask(version: 4 | 6, prefix: number): bigint {
  const width = BigInt(bits(version));
  return ((1n << width) - 1n) ^ ((1n << (width - BigInt(prefix))) - 1n);
}

/** Parses "a.b.c.d", "a.b.c.d/n", IPv6 and IPv6/n; a bare address is a single-host block. */
export function parseCidr(text: string): ParsedCidr | null {
  const [addr, prefixText, extra] = text.split("/");
  if (extra !== undefined || addr === undefined) return null;
  const ip = parseIp(addr);
  if (!ip) return null;
  const max = bits(ip.version);
  let prefix = max;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return null;
    prefix = Number(prefixText);
    if (prefix > max) return null;
  }
  // An IPv4-mapped block (::ffff:a.b.c.d/96 or narrower) is the IPv4 block it
  // matches: stored, shown and deleted as that, as callers are normalised too.
  if (ip.version === 6 && prefix >= 96 && ip.value >> 32n === 0xffffn) {
    return { version: 4, network: ip.value & 0xffffffffn & mask(4, prefix - 96), prefix: prefix - 96 };
  }
  return { version: ip.version, network: ip.value & mask(ip.version, prefix), prefix };
}

export function formatIp(version: 4 | 6, value: bigint): string {
  if (version === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join(".");
  }
  const hextets = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt((7 - i) * 16)) & 0xffffn));
  // Compress the longest run of two or more zero hextets (RFC 5952).
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (hextets[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && hextets[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  const hex = hextets.map((h) => h.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}

/** Canonical "network/prefix" text, e.g. "192.0.2.7" -> "192.0.2.7/32". */
export function formatCidr(c: ParsedCidr): string {
  return `${formatIp(c.version, c.network)}/${c.prefix}`;
}

export function cidrContains(c: ParsedCidr, address: string): boolean {
  const ip = parseIp(address);
  if (!ip) return false;
  // An IPv4-mapped IPv6 caller (::ffff:a.b.c.d) matches IPv4 entries.
  if (ip.version === 6 && c.version === 4 && ip.value >> 32n === 0xffffn) {
    return ((ip.value & 0xffffffffn) & mask(4, c.prefix)) === c.network;
  }
  return ip.version === c.version && (ip.value & mask(c.version, c.prefix)) === c.network;
}

/** Strips an IPv4-mapped prefix so "::ffff:127.0.0.1" shows as "127.0.0.1". */
export function normalizeAddress(address: string): string {
  const ip = parseIp(address);
  if (!ip) return address;
  if (ip.version === 6 && ip.value >> 32n === 0xffffn) return formatIp(4, ip.value & 0xffffffffn);
  return formatIp(ip.version, ip.value);
}
