// @ts-check
// Stryker for digest.ts and auth-throttle.ts: the main config with the narrow
// suite list of stryker/vitest.slow.config.ts (why, and what it costs, there).
import config from "../stryker.config.mjs";

/** The security-core files measured with this config (scripts/mutation.mjs runs them apart). */
export const slowFiles = ["server/auth/digest.ts", "server/auth/auth-throttle.ts"];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default { ...config, mutate: slowFiles, vitest: { ...config.vitest, configFile: "stryker/vitest.slow.config.ts" } };
