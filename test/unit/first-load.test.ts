import { describe, expect, it } from "vitest";
import { firstLoadFiles, type Manifest } from "../../scripts/first-load.ts";

// A small build: the entry shares a vendor chunk with the route; the route
// has a dialog behind a dynamic import, and another page exists.
const manifest: Manifest = {
  "index.html": { file: "assets/index.js", isEntry: true, imports: ["_vendor.js"], dynamicImports: ["src/page.tsx", "src/other.tsx"] },
  "_vendor.js": { file: "assets/vendor.js" },
  "_table.js": { file: "assets/table.js", imports: ["_vendor.js", "_table.css"] },
  "_table.css": { file: "assets/table.css" },
  "src/page.tsx": { file: "assets/page.js", imports: ["index.html", "_table.js"], dynamicImports: ["src/dialog.tsx"] },
  "src/dialog.tsx": { file: "assets/dialog.js", imports: ["_zod.js"] },
  "_zod.js": { file: "assets/zod.js" },
  "src/other.tsx": { file: "assets/other.js" },
};

describe("firstLoadFiles", () => {
  it("counts the entry and the route with their static imports, once each, JavaScript only", () => {
    expect(firstLoadFiles(manifest, ["src/page.tsx"])).toEqual([
      "assets/index.js",
      "assets/page.js",
      "assets/table.js",
      "assets/vendor.js",
    ]);
  });

  it("counts only the entry when no route is named", () => {
    expect(firstLoadFiles(manifest, [])).toEqual(["assets/index.js", "assets/vendor.js"]);
  });

  it("fails on a route the manifest does not have, rather than measuring less", () => {
    expect(() => firstLoadFiles(manifest, ["src/renamed-page.tsx"])).toThrow(/no chunk src\/renamed-page.tsx/);
  });

  it("fails on a static import missing from the manifest", () => {
    const broken: Manifest = { ...manifest, "_vendor.js": { file: "assets/vendor.js", imports: ["_gone.js"] } };
    expect(() => firstLoadFiles(broken, [])).toThrow(/no chunk _gone.js/);
  });

  it("needs exactly one entry", () => {
    expect(() => firstLoadFiles({ "_vendor.js": { file: "assets/vendor.js" } }, [])).toThrow(/one entry/);
  });
});
