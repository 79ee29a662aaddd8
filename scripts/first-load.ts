// Which JavaScript files the browser fetches to render the organization's API
// keys page (/orgs/:orgId/access/apiKeys) on a first visit, read from Vite's
// manifest: the entry with everything it imports statically, plus the page's
// lazy route chunk with its static imports. Dynamic imports are not followed:
// they load after an interaction (a dialog, a wizard, a menu's Radix part).
// e2e/first-load.spec.ts checks this list against what a real browser
// fetches, so a component that loads a chunk on render cannot hide from the
// budget (scripts/bundle-size.ts).

/** The parts of a Vite manifest entry this needs. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  /** Loaded after an interaction: deliberately not followed. */
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * The lazy routes rendered on the keys page. The router, the shell and the
 * Access Manager layout are static imports of the entry; the page itself is
 * the one lazy route on this URL (its children are the details modal and the
 * wizards, which have URLs of their own).
 */
export const KEYS_PAGE_ROUTES = ["src/features/org-api-keys/components/org-api-keys-page.tsx"];

function addWithStaticImports(manifest: Manifest, key: string, into: Set<string>): void {
  if (into.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The manifest has no chunk ${key}.`);
  into.add(key);
  for (const dependency of chunk.imports ?? []) addWithStaticImports(manifest, dependency, into);
}

/** The JavaScript files (paths inside dist/) of the first load, sorted. */
export function firstLoadFiles(manifest: Manifest, routes: readonly string[] = KEYS_PAGE_ROUTES): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry in the manifest, found ${entries.length}.`);
  const keys = new Set<string>();
  // A renamed or moved route must fail loudly, not shrink the measured first load.
  for (const key of [...entries, ...routes]) addWithStaticImports(manifest, key, keys);
  return [...keys].flatMap((key) => manifest[key]?.file ?? []).filter((file) => file.endsWith(".js")).sort();
}
