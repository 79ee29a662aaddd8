// The bundle budget (scripts/bundle-size.ts) measures the chunks
// scripts/first-load.ts reads from the manifest. This checks that list against
// a real first visit of the API keys page: a component that fetches a chunk as
// soon as it renders (a lazy() shown at once) would be missing from the list and
// fail here, and so would a counted chunk the page no longer loads.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { firstLoadFiles, type Manifest } from "../scripts/first-load.ts";
import { keysPath } from "./support/org-keys.ts";
import { signIn } from "./support/pages.ts";
import { orgKey } from "./support/project-keys.ts";
import { newOrg } from "./support/world.ts";

test("a first visit of the API keys page fetches exactly the JavaScript the budget counts", async ({ browser }) => {
  const org = await newOrg("Org first load");
  await orgKey(org, "Nightly exporter"); // the table with a row and its menu, not the empty state

  // Sign in elsewhere, then visit with the session only: a fresh context has an empty cache.
  const signInContext = await browser.newContext();
  await signIn(await signInContext.newPage(), org.owner);
  const storageState = await signInContext.storageState();
  await signInContext.close();
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();

  const fetched = new Set<string>();
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith(".js")) fetched.add(pathname.slice(1));
  });
  await page.goto(keysPath(org));
  await expect(page.getByRole("row", { name: /Nightly exporter/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Project / })).toBeEnabled(); // the project menu has its data
  await page.waitForLoadState("networkidle");

  const manifest = JSON.parse(readFileSync("dist/.vite/manifest.json", "utf8")) as Manifest;
  expect([...fetched].sort()).toEqual(firstLoadFiles(manifest));
  const isRadixMenu = (file: string) => /^assets\/radix-menu-.*\.js$/.test(file);
  expect(firstLoadFiles(manifest).some(isRadixMenu)).toBe(false);
  expect([...fetched].some(isRadixMenu)).toBe(false);

  // A menu's Radix part is left out of the first load, and arrives with the first use.
  await page.getByRole("button", { name: /^Actions for / }).click();
  await expect(page.getByRole("menuitem", { name: "View Details" })).toBeVisible();
  expect([...fetched].some(isRadixMenu)).toBe(true);
  await context.close();
});
