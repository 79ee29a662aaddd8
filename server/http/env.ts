import type { Context } from "hono";
import type { Principal } from "../domain/principal.ts";

/** Hono typing for our app: what middleware leaves for the routes. */
export interface AppEnv {
  Variables: {
    principal: Principal;
    callerIp: string;
  };
}

export type AppContext = Context<AppEnv>;

export const ATLAS_CONTENT_TYPE = "application/vnd.atlas.2023-01-01+json;charset=utf-8";

/** Success bodies carry the versioned media type, as Atlas answers. */
export function atlasJson(c: Context, body: unknown, status: 200 | 201 = 200): Response {
  return c.body(JSON.stringify(body), status, { "Content-Type": ATLAS_CONTENT_TYPE });
}

export function noContent(c: Context): Response {
  return c.body(null, 204, { "Content-Type": ATLAS_CONTENT_TYPE });
}
