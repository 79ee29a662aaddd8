// Parses `Authorization: Digest k=v, k="quoted", ...` (RFC 7616 §3.4).
// Returns undefined for anything malformed rather than throwing.

export interface DigestCredentials {
  username: string;
  realm: string;
  nonce: string;
  uri: string;
  response: string;
  algorithm: string;
  qop: string;
  nc: string;
  cnonce: string;
  opaque?: string;
}

const PARAM = /\s*([a-zA-Z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*(?:,|$)/y;
const MAX_HEADER = 4096;

export function parseDigest(header: string): DigestCredentials | undefined {
  if (header.length > MAX_HEADER) return undefined;
  const match = /^digest\s+/i.exec(header);
  if (!match) return undefined;
  const params = new Map<string, string>();
  PARAM.lastIndex = match[0].length;
  while (PARAM.lastIndex < header.length) {
    const start = PARAM.lastIndex;
    const m = PARAM.exec(header);
    if (!m || PARAM.lastIndex === start) return undefined;
    const name = (m[1] ?? "").toLowerCase();
    if (params.has(name)) return undefined;
    const quoted = m[2];
    // Most values hold no escapes: skip the replace (this runs on every signed request).
    params.set(name, quoted === undefined ? (m[3] ?? "") : quoted.includes("\\") ? quoted.replace(/\\(.)/g, "$1") : quoted);
  }
  const username = params.get("username");
  const realm = params.get("realm");
  const nonce = params.get("nonce");
  const uri = params.get("uri");
  const response = params.get("response");
  const qop = params.get("qop");
  const nc = params.get("nc");
  const cnonce = params.get("cnonce");
  if (!username || realm === undefined || !nonce || !uri || !response || !qop || !nc || !cnonce) return undefined;
  // RFC 7616 counts requests from 00000001.
  if (!/^[0-9a-fA-F]{8}$/.test(nc) || /^0{8}$/.test(nc)) return undefined;
  return { username, realm, nonce, uri, response, qop, nc, cnonce, algorithm: params.get("algorithm") ?? "MD5", opaque: params.get("opaque") };
}
