// Answers while the port is bound but the store is not open yet (and, for
// readiness, once shutdown has begun): live says the process is up, anything
// else is 503 in Atlas's error shape.
const JSON_HEADERS = { "Content-Type": "application/json", "Cache-Control": "no-store" };

export function isReadinessProbe(request: Request): boolean {
  return new URL(request.url).pathname === "/api/health/ready";
}

export function notReady(request: Request): Response {
  if (new URL(request.url).pathname === "/api/health/live") {
    return new Response(JSON.stringify({ status: "live" }), { status: 200, headers: JSON_HEADERS });
  }
  if (isReadinessProbe(request)) return unavailable();
  const body = { error: 503, errorCode: "SERVICE_UNAVAILABLE", detail: "The server is starting or stopping; try again shortly.", reason: "Service Unavailable", parameters: [] };
  return new Response(JSON.stringify(body), { status: 503, headers: { ...JSON_HEADERS, "Retry-After": "1" } });
}

export function unavailable(): Response {
  return new Response(JSON.stringify({ status: "unavailable" }), { status: 503, headers: JSON_HEADERS });
}
