// Atlas list envelopes: {results, totalCount, links} with self/previous/next.
import type { Link, PageParams, Paginated } from "../../contract/pagination.ts";
import type { Page } from "../store/types.ts";

export function pageWindow(params: PageParams): Page {
  return { offset: (params.pageNum - 1) * params.itemsPerPage, limit: params.itemsPerPage };
}

function pageLink(url: URL, params: PageParams, pageNum: number, rel: string): Link {
  const u = new URL(url.pathname, url.origin);
  u.searchParams.set("includeCount", String(params.includeCount));
  u.searchParams.set("pageNum", String(pageNum));
  u.searchParams.set("itemsPerPage", String(params.itemsPerPage));
  return { href: u.toString(), rel };
}

export function envelope<T>(url: URL, params: PageParams, results: T[], total: number): Paginated<T> {
  const links = [pageLink(url, params, params.pageNum, "self")];
  if (params.pageNum > 1) links.unshift(pageLink(url, params, params.pageNum - 1, "previous"));
  if (params.pageNum * params.itemsPerPage < total) links.push(pageLink(url, params, params.pageNum + 1, "next"));
  return { results, ...(params.includeCount ? { totalCount: total } : {}), links };
}

/** Slices an in-memory list (small lists: access lists, orgs, projects). */
export function envelopeOf<T>(url: URL, params: PageParams, all: T[]): Paginated<T> {
  const { offset, limit } = pageWindow(params);
  return envelope(url, params, all.slice(offset, offset + limit), all.length);
}
