// A console client for /api/private and /api/atlas/v2 that keeps its cookie
// and CSRF token as a browser would, including when sign-in steps replace the
// session (second factor, enrolment).
import * as OTPAuth from "otpauth";
import { MEDIA_TYPE } from "../../contract/limits.ts";

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

export class ConsoleClient {
  cookie = "";
  csrf = "";
  constructor(readonly base: string, readonly userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/150.0 Safari/537.36") {}

  async send(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await fetch(`${this.base}${url}`, {
      method,
      headers: {
        "User-Agent": this.userAgent,
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...(this.csrf ? { "X-CSRF-Token": this.csrf } : {}),
        ...(body === undefined ? {} : { "Content-Type": url.startsWith("/api/atlas") ? MEDIA_TYPE : "application/json" }),
        ...(url.startsWith("/api/atlas") ? { Accept: MEDIA_TYPE } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get("set-cookie");
    if (set) this.cookie = set.split(";")[0] ?? "";
    const text = await res.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (parsed && typeof parsed.csrfToken === "string") this.csrf = parsed.csrfToken;
    return { status: res.status, body: parsed, headers: res.headers };
  }

  login(email: string, password: string): Promise<Answer> {
    return this.send("POST", "/api/private/login", { email, password });
  }
  verify(code: string): Promise<Answer> {
    return this.send("POST", "/api/private/login/verify", { code });
  }
  account(method: string, path = "", body?: unknown): Promise<Answer> {
    return this.send(method, `/api/private/account${path}`, body);
  }
  atlas(method: string, path: string, body?: unknown): Promise<Answer> {
    return this.send(method, `/api/atlas/v2${path}`, body);
  }
  /** Refreshes the CSRF token after a step that replaced the session. */
  async refresh(): Promise<void> {
    const s = await this.send("GET", "/api/private/session");
    this.csrf = s.body?.user?.csrfToken ?? s.body?.pending?.csrfToken ?? this.csrf;
  }
}

/** The code an authenticator app shows for this seed at this time. */
export function totpCode(secret: string, at: Date): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: at.getTime() });
}

/** Sets up and confirms two-factor sign-in for a signed-in client; returns the seed and recovery codes. */
export async function enrol(client: ConsoleClient, at: Date, password?: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await client.account("POST", "/two-factor/setup", password === undefined ? {} : { password });
  if (setup.status !== 200) throw new Error(`setup: ${setup.status} ${JSON.stringify(setup.body)}`);
  const confirm = await client.account("POST", "/two-factor/confirm", { code: totpCode(setup.body.secret, at) });
  if (confirm.status !== 200) throw new Error(`confirm: ${confirm.status} ${JSON.stringify(confirm.body)}`);
  return { secret: setup.body.secret, recoveryCodes: confirm.body.recoveryCodes };
}
