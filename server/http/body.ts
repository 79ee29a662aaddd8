// Request bodies under a hard cap. A declared Content-Length over the cap is
// refused before anything is read; a body without one (chunked) is read piece
// by piece and refused the moment it crosses the cap, so no upload can make
// the server hold more than the cap in memory. An upload the client aborts is
// the client's error (400), not the server's.
import type { Context, MiddlewareHandler } from "hono";
import { LIMITS } from "../../contract/limits.ts";
import { ApiError } from "./api-error.ts";
import { requestHeader } from "./env.ts";

export function payloadTooLarge(max = LIMITS.bodyBytesMax): ApiError {
  // Connection: close, so Node does not read (and discard) the rest of a huge upload to reuse the socket.
  return new ApiError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${max} bytes.`, [max], null, { Connection: "close" });
}

function aborted(): ApiError {
  return new ApiError(400, "INCOMPLETE_REQUEST_BODY", "The request body ended before it was complete.");
}

/** Refuses any request that declares a body over the cap, whichever route it is for. */
export function declaredBodyLimit(max = LIMITS.bodyBytesMax): MiddlewareHandler {
  return async (c, next) => {
    const declared = requestHeader(c, "content-length");
    if (declared !== undefined && Number(declared) > max) throw payloadTooLarge(max);
    await next();
  };
}

/** The body as text, at most `max` bytes of it. */
export async function readBodyText(c: Context, max = LIMITS.bodyBytesMax): Promise<string> {
  const stream = c.req.raw.body;
  if (!stream) return "";
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch {
      throw aborted();
    }
    if (read.done) break;
    size += read.value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => {});
      throw payloadTooLarge(max);
    }
    chunks.push(read.value);
  }
  return new TextDecoder().decode(concat(chunks, size));
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}
