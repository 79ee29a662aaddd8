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
    params.set(name, m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : (m[3] ?? ""));
  }
  const get = (k: string) => params.get(k);
  const username = get("username");
  const realm = get("realm");
  const nonce = get("nonce");
  const uri = get("uri");
  const response = get("response");
  const qop = get("qop");
  const nc = get("nc");
  const cnonce = get("cnonce");
  if (!username || realm === undefined || !nonce || !uri || !response || !qop || !nc || !cnonce) return undefined;
  if (!/^[0-9a-fA-F]{8}$/.test(nc)) return undefined;
  return { username, realm, nonce, uri, response, qop, nc, cnonce, algorithm: get("algorithm") ?? "MD5", opaque: get("opaque") };
}
