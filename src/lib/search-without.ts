// A page's query string without its own params: what it carries for the
// table it came from (filter, sort, page), for the way back there.

/** "?…" or "" — `params` minus `name`. */
export function searchWithout(params: URLSearchParams, name: string): string {
  const rest = new URLSearchParams(params);
  rest.delete(name);
  const text = rest.toString();
  return text ? `?${text}` : "";
}
