// ReplayGuard's fingerprints: pairs are told apart by both 32-bit halves of a
// 64-bit fingerprint, so fresh pairs are never mistaken for ones it has seen.
import { expect, it } from "vitest";
import { ReplayGuard } from "../../server/auth/replay-guard.ts";

it("refuses none of 600,000 fresh pairs: a pair matches only when both halves of its fingerprint do", () => {
  // A table filled with 500,000 pairs, a rotation, then 100,000 more: about 1.8·10^11
  // (fresh pair, remembered pair) couples. Matching on one 32-bit half alone would
  // mistake a fresh pair for a remembered one about 40 times in that many (2^-32
  // each); matching on all 64 bits, once in about 10^8 runs of this test.
  const guard = new ReplayGuard(1_000_000, 0);
  const refused: string[] = [];
  for (let i = 0; i < 600_000; i++) {
    const nonce = `nonce-${i >> 6}`;
    const cnonce = `c${i}`;
    if (guard.accept(nonce, cnonce, 1, 1 + (i >> 6)) !== "accepted") refused.push(`${nonce} ${cnonce}`);
  }
  expect(refused).toEqual([]);
});
