// The check of the quiet "Unused" badge shared by the keys' and the service
// accounts' stale tests: its reason is a tooltip that describes it, and it is
// a tab stop, so keyboard users reach the reason too (CSS shows it on :focus).
import { within } from "@testing-library/react";
import { expect } from "vitest";

export function expectUnusedBadge(row: HTMLElement, days: RegExp): void {
  const badge = within(row).getByText("Unused");
  const reason = document.getElementById(badge.getAttribute("aria-describedby") ?? "");
  expect(reason?.getAttribute("role")).toBe("tooltip");
  expect(reason?.textContent).toMatch(new RegExp(`^Never used in the ${days.source} days since it was created$`));
  badge.focus();
  expect(document.activeElement).toBe(badge);
}
