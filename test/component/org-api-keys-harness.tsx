// Shared by the org API keys component tests: sign in against the mock
// backend, then render the API keys page (and its details route) in a memory
// router with a fresh query client wired to the session, as the app does.
import type { QueryClient } from "@tanstack/react-query";
import { screen, waitFor, within } from "@testing-library/react";
import { createMemoryRouter } from "react-router";
import { apiKeyPageSchema, type ApiKey } from "../../contract/api-keys.ts";
import { MEDIA_TYPE } from "../../contract/limits.ts";
import { currentUserSchema, type CurrentUser } from "../../contract/session.ts";
import { ApiKeyDetailsDialog } from "../../src/features/org-api-keys/components/api-key-details-dialog.tsx";
import { OrgApiKeysPage } from "../../src/features/org-api-keys/components/org-api-keys-page.tsx";
import { renderRoutes } from "./render-routes.tsx";

export function apiUrl(path: string): string {
  return new URL(`/api${path}`, window.location.origin).href;
}

/** Signs in through the mock's login endpoint, as the login page would. */
export async function signIn(credentials: { email: string; password: string }): Promise<CurrentUser> {
  const response = await fetch(apiUrl("/private/login"), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
  return currentUserSchema.parse(await response.json());
}

/** The org's keys as the API has them now (after signIn). */
export async function listKeys(orgId: string): Promise<ApiKey[]> {
  const response = await fetch(apiUrl(`/atlas/v2/orgs/${orgId}/apiKeys?itemsPerPage=500`), { headers: { Accept: MEDIA_TYPE } });
  return apiKeyPageSchema.parse(await response.json()).results;
}

/** The org's key with this description (a seed key, usually); fails the test when there is none. */
export async function keyByDesc(orgId: string, desc: string): Promise<ApiKey> {
  const key = (await listKeys(orgId)).find((candidate) => candidate.desc === desc);
  if (!key) throw new Error(`No key "${desc}" in the organization`);
  return key;
}

/** Where a memory router is: path and query string. */
export function here(router: { state: { location: { pathname: string; search: string } } }): string {
  return `${router.state.location.pathname}${router.state.location.search}`;
}

export function keysPath(orgId: string, rest = ""): string {
  return `/orgs/${orgId}/access/apiKeys${rest}`;
}

export function renderKeysPage(options: { user: CurrentUser; path: string }): { client: QueryClient; router: ReturnType<typeof createMemoryRouter> } {
  return renderRoutes(
    options.user,
    [
      {
        path: "/orgs/:orgId/access/apiKeys",
        Component: OrgApiKeysPage,
        children: [{ path: ":keyId", Component: ApiKeyDetailsDialog }],
      },
      { path: "/orgs/:orgId/access/apiKeys/new", element: <h1>Create API Key wizard</h1> },
      { path: "/orgs/:orgId/access/apiKeys/:keyId/edit", element: <h1>Edit API Key wizard</h1> },
    ],
    [options.path],
  );
}

/** The body rows of the keys table (without the header row). */
export function bodyRows(): HTMLElement[] {
  const table = screen.getByRole("table", { name: "Organization API keys" });
  return within(table).getAllByRole("row").slice(1);
}

/** The cells of a row that show the key: without the selection checkbox's cell (owners' tables have one). */
export function dataCells(row: HTMLElement): HTMLElement[] {
  return within(row)
    .getAllByRole("cell")
    .filter((cell) => !cell.querySelector('input[type="checkbox"]'));
}

/** The text of each cell of a row that shows the key. */
export function cellTexts(row: HTMLElement): string[] {
  return dataCells(row).map((cell) => cell.textContent ?? "");
}

/** The row whose Description cell is exactly `desc`, once it is on screen. */
export async function findRow(desc: string): Promise<HTMLElement> {
  return waitFor(() => {
    const row = bodyRows().find((candidate) => cellTexts(candidate)[1] === desc);
    if (!row) throw new Error(`No row with the description "${desc}"`);
    return row;
  });
}
