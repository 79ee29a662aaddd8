// Parses `Authorization: Digest k=v, k="quoted", ...` (RFC 7616 §3.4).
// Returns undefined for anything malformed rather than throwing.
//
// A hand-written scanner: it runs on every signed request.

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

const MAX_HEADER = 4096;

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const EQUALS = 61;

const isSpace = (c: number) => c === SPACE || c === TAB;
/** Parameter names: letters, digits, "_" and "-". */
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;

class Params {
  username?: string;
  realm?: string;
  nonce?: string;
  uri?: string;
  response?: string;
  algorithm?: string;
  qop?: string;
  nc?: string;
  cnonce?: string;
  opaque?: string;
  others?: Set<string>;

  /** False when the parameter was already given: a repeated one makes the header ambiguous. */
  set(name: string, value: string): boolean {
    switch (name) {
      case "username": return this.username === undefined && ((this.username = value), true);
      case "realm": return this.realm === undefined && ((this.realm = value), true);
      case "nonce": return this.nonce === undefined && ((this.nonce = value), true);
      case "uri": return this.uri === undefined && ((this.uri = value), true);
      case "response": return this.response === undefined && ((this.response = value), true);
      case "algorithm": return this.algorithm === undefined && ((this.algorithm = value), true);
      case "qop": return this.qop === undefined && ((this.qop = value), true);
      case "nc": return this.nc === undefined && ((this.nc = value), true);
      case "cnonce": return this.cnonce === undefined && ((this.cnonce = value), true);
      case "opaque": return this.opaque === undefined && ((this.opaque = value), true);
      default:
        this.others ??= new Set();
        return !this.others.has(name) && this.others.add(name) !== undefined;
    }
  }
}

/** A quoted value from just after its opening quote: [value, index after the closing quote], or undefined when unterminated. */
function readQuoted(header: string, from: number): [string, number] | undefined {
  const close = header.indexOf('"', from);
  if (close < 0) return undefined;
  const escape = header.indexOf("\\", from);
  // Most values hold no escapes: then the value is a plain slice.
  if (escape < 0 || escape > close) return [header.slice(from, close), close + 1];
  let value = "";
  for (let i = from; i < header.length; i++) {
    const c = header.charCodeAt(i);
    if (c === QUOTE) return [value, i + 1];
    if (c === BACKSLASH && ++i >= header.length) return undefined;
    value += header[i];
  }
  return undefined;
}

export function parseDigest(header: string): DigestCredentials | undefined {
  const length = header.length;
  if (length > MAX_HEADER || length < 7 || header.slice(0, 6).toLowerCase() !== "digest" || !isSpace(header.charCodeAt(6))) return undefined;
  const params = new Params();
  let at = 7;
  while (at < length) {
    while (at < length && isSpace(header.charCodeAt(at))) at++;
    const nameStart = at;
    while (at < length && isNameChar(header.charCodeAt(at))) at++;
    if (at === nameStart) return undefined;
    const name = header.slice(nameStart, at).toLowerCase();
    while (at < length && isSpace(header.charCodeAt(at))) at++;
    if (header.charCodeAt(at++) !== EQUALS) return undefined;
    while (at < length && isSpace(header.charCodeAt(at))) at++;
    let value: string;
    if (header.charCodeAt(at) === QUOTE) {
      const read = readQuoted(header, at + 1);
      if (!read) return undefined;
      [value, at] = read;
    } else {
      const valueStart = at;
      while (at < length) {
        const c = header.charCodeAt(at);
        if (isSpace(c) || c === COMMA || c === QUOTE) break;
        at++;
      }
      value = header.slice(valueStart, at);
    }
    while (at < length && isSpace(header.charCodeAt(at))) at++;
    if (at < length && header.charCodeAt(at++) !== COMMA) return undefined;
    if (!params.set(name, value)) return undefined;
  }
  const { username, realm, nonce, uri, response, qop, nc, cnonce } = params;
  if (!username || realm === undefined || !nonce || !uri || !response || !qop || !nc || !cnonce) return undefined;
  // RFC 7616 counts requests from 00000001.
  if (!/^[0-9a-fA-F]{8}$/.test(nc) || nc === "00000000") return undefined;
  return { username, realm, nonce, uri, response, qop, nc, cnonce, algorithm: params.algorithm ?? "MD5", opaque: params.opaque };
}
