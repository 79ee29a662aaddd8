// Remembers successful GET answers of /api/atlas/v2 until the data may have
// changed. A list of 100 keys is 38 KB of JSON: presenting and serialising it
// costs ten times what authenticating the request does, and tools poll it.
//
// Runs after authentication, so every request is still authenticated, checked
// against its access list and counted. An answer is kept per caller (kind and
// id), URL (origin included: links are absolute) and Accept header, and only
// for the generation it was computed in: any commit, by this process or
// another, changes the generation (store/generation.ts) and drops them all.
// Answers depend on nothing else: GET routes read the store and the URL only.
import type { MiddlewareHandler } from "hono";
import { GenerationCache } from "../store/generation.ts";
import { requestHeader, type AppEnv } from "./env.ts";

/** Bounds memory, ids and bodies (a page of 500 keys is 190 KB): past it the cache starts over. */
const MAX_BYTES = 16 * 2 ** 20;
/** A request whose URL and Accept header are longer is answered, not kept. */
const MAX_ID = 2_048;

/** Headers the server sets anew on each answer: not part of what is kept. */
const PER_REQUEST = new Set(["content-length", "ratelimit-limit", "ratelimit-remaining"]);

interface Answer {
  id: string;
  /** Bytes, not a string: a hit then skips encoding 38 KB again. */
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

export function answerCache(readGeneration: () => number): MiddlewareHandler<AppEnv> {
  const cache = new GenerationCache<string, Answer>(readGeneration, MAX_BYTES, (a) => a.id.length + a.body.byteLength);

  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const answers = cache.current();
    const principal = c.get("principal");
    const id = `${principal.kind} ${principal.id} ${c.req.url} ${requestHeader(c, "accept") ?? ""}`;
    const hit = answers.get(id);
    if (hit) {
      const rate = c.get("rateLimit");
      if (!rate) return c.body(hit.body, 200, hit.headers);
      // One header record straight into the Response: the rate-limit headers
      // are this request's, never the cached answer's.
      const headers = { ...hit.headers, "RateLimit-Limit": rate.limit, "RateLimit-Remaining": rate.remaining };
      return new Response(hit.body, { status: 200, headers });
    }

    await next();
    if (c.res.status !== 200 || id.length > MAX_ID) return;
    // Content-Length is the server's to set again, the rate-limit headers are
    // per request. With a single header left (Content-Type), Hono answers
    // without building a fetch Headers object.
    const headers = Object.fromEntries([...c.res.headers.entries()].filter(([name]) => !PER_REQUEST.has(name)));
    cache.keep(answers, id, { id, body: new Uint8Array(await c.res.clone().arrayBuffer()), headers });
  };
}
