// Remembers successful GET answers of /api/atlas/v2 until the data may have
// changed. A list of 100 keys is 38 KB of JSON: presenting and serialising it
// costs ten times what authenticating the request does, and tools poll it.
//
// Runs after authentication, so every request is still authenticated, checked
// against its access list and counted. An answer is kept per caller (kind and
// id), URL (origin included: links are absolute) and Accept header, and only
// for the generation it was computed in: any commit, by this process or
// another, changes the generation (store/generation.ts) and drops them all.
// Answers depend on nothing else: GET routes read the store and the URL only,
// except those that also read the clock (an invitation turns expired with
// time, no commit telling): they call answerVariesWithTime and are not kept.
import type { Context, MiddlewareHandler, Next } from "hono";
import { GenerationCache } from "../store/generation.ts";
import { requestHeader, type AppEnv } from "./env.ts";

/** Bounds memory, ids and bodies (a page of 500 keys is 190 KB): past it the cache starts over. */
const MAX_BYTES = 16 * 2 ** 20;
/** A request whose URL and Accept header are longer is answered, not kept. */
const MAX_ID = 2_048;

const NO_STORE = "no-store";

/** For a GET whose answer depends on the time as well as the data: neither kept here nor by the client. */
export function answerVariesWithTime(c: Context<AppEnv>): void {
  c.header("Cache-Control", NO_STORE);
}

/** Headers the server sets anew on each answer: not part of what is kept. */
const PER_REQUEST = new Set(["content-length", "ratelimit-limit", "ratelimit-remaining"]);

interface Answer {
  id: string;
  /** Bytes, not a string: a hit then skips encoding 38 KB again. */
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

/**
 * An answer, or the promise of one being built: after a commit empties the
 * cache, the same caller's parallel requests for one URL (a tool polling on
 * ten connections) wait for the first one's build instead of each presenting
 * and serialising the same 190 KB again. Settles undefined when the build gave
 * no answer to keep (not a 200, or it failed); the waiters then build their own.
 */
type Kept = Answer | Promise<Answer | undefined>;

function respond(c: Context<AppEnv>, answer: Answer): Response {
  const rate = c.get("rateLimit");
  if (!rate) return c.body(answer.body, 200, answer.headers);
  // One header record straight into the Response: the rate-limit headers
  // are this request's, never the cached answer's.
  const headers = { ...answer.headers, "RateLimit-Limit": rate.limit, "RateLimit-Remaining": rate.remaining };
  return new Response(answer.body, { status: 200, headers });
}

export function answerCache(readGeneration: () => number): MiddlewareHandler<AppEnv> {
  const weigh = (kept: Kept) => (kept instanceof Promise ? 0 : kept.id.length + kept.body.byteLength);
  const cache = new GenerationCache<string, Kept>(readGeneration, MAX_BYTES, weigh);

  /** Runs the route; its answer, when it is one to keep. */
  async function build(c: Context<AppEnv>, next: Next, id: string): Promise<Answer | undefined> {
    await next();
    if (c.res.status !== 200 || c.res.headers.get("cache-control") === NO_STORE) return undefined;
    // Content-Length is the server's to set again, the rate-limit headers are
    // per request. With a single header left (Content-Type), Hono answers
    // without building a fetch Headers object.
    const headers = Object.fromEntries([...c.res.headers.entries()].filter(([name]) => !PER_REQUEST.has(name)));
    return { id, body: new Uint8Array(await c.res.clone().arrayBuffer()), headers };
  }

  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const answers = cache.current();
    const principal = c.get("principal");
    const id = `${principal.kind} ${principal.id} ${c.req.url} ${requestHeader(c, "accept") ?? ""}`;
    if (id.length > MAX_ID) return next();
    const kept = answers.get(id);
    if (kept instanceof Promise) {
      const shared = await kept;
      if (shared) return respond(c, shared);
      // The shared build gave nothing to keep: build our own, kept if it is.
      const own = await build(c, next, id);
      if (own) cache.keep(answers, id, own);
      return;
    }
    if (kept) return respond(c, kept);

    let settle: (answer: Answer | undefined) => void = () => {};
    cache.keep(answers, id, new Promise((ok) => (settle = ok)));
    let answer: Answer | undefined;
    try {
      answer = await build(c, next, id);
    } finally {
      // Into the map the build began in: if a commit replaced it meanwhile, nobody reads it again.
      if (answer) {
        answers.set(id, answer);
        cache.addWeight(answers, weigh(answer));
      } else answers.delete(id);
      settle(answer);
    }
  };
}
