// Headers that keep the console's pages from being framed, sniffed, leaking
// their URLs (which hold ids) to other sites, or running anything that did not
// come from this server. The Atlas API's own answers are JSON that browsers
// never render; they get only nosniff (see env.ts), set where the body is made,
// so the signed hot path builds no extra header object.
import type { MiddlewareHandler } from "hono";

/**
 * Only this origin's scripts, styles, fonts and fetches. Inline style
 * attributes are allowed: Radix's dialogs lock scrolling with a style element
 * they insert, and a style cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
};

/** On every answer it wraps: the console's files and the private console API. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}
