// The menu button is ours until first used (Radix loads then); the press that
// opened it is replayed on Radix's trigger. These check that the swap keeps
// Radix's behaviour for pointer and keyboard. Whether Radix is loaded is
// module state that lasts for the whole file, so the order of the tests matters.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from "../../src/components/ui/menu.tsx";

function TestMenu({ name, onSelect = () => {} }: { name: string; onSelect?: (item: string) => void }) {
  return (
    <Menu>
      <MenuTrigger aria-label={name}>…</MenuTrigger>
      <MenuContent>
        <MenuLabel>{name}</MenuLabel>
        <MenuItem onSelect={() => onSelect(`${name}: first`)}>First</MenuItem>
        <MenuSeparator />
        <MenuItem onSelect={() => onSelect(`${name}: second`)}>Second</MenuItem>
      </MenuContent>
    </Menu>
  );
}

const button = (name: string) => screen.getByRole("button", { name });
// Radix's trigger carries an id; ours has none.
const isRadixTrigger = (element: HTMLElement) => element.id !== "";

async function expectOpenOnFirstItem() {
  const menu = await screen.findByRole("menu");
  expect(document.activeElement).toBe(within(menu).getByRole("menuitem", { name: "First" }));
  return menu;
}

describe("Menu", () => {
  it("is a closed menu button of ours until used, then opens as Radix's would", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <>
        {["Alpha", "Beta", "Gamma", "Delta", "Epsilon"].map((name) => (
          <TestMenu key={name} name={name} onSelect={onSelect} />
        ))}
      </>,
    );
    for (const name of ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"]) {
      expect(isRadixTrigger(button(name))).toBe(false);
      expect(button(name).getAttribute("aria-haspopup")).toBe("menu");
      expect(button(name).getAttribute("aria-expanded")).toBe("false");
    }
    expect(screen.queryByRole("menu")).toBeNull();

    // Enter opens on the first item; Escape closes and gives focus to the (now Radix's) button.
    await user.tab();
    expect(document.activeElement).toBe(button("Alpha"));
    await user.keyboard("{Enter}");
    const alphaMenu = await expectOpenOnFirstItem();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(within(alphaMenu).getByRole("menuitem", { name: "Second" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(isRadixTrigger(button("Alpha"))).toBe(true);
    expect(document.activeElement).toBe(button("Alpha"));

    // One press opens Beta (still ours); an item can be chosen.
    expect(isRadixTrigger(button("Beta"))).toBe(false);
    await user.click(button("Beta"));
    const betaMenu = await screen.findByRole("menu");
    expect(within(betaMenu).getByText("Beta")).toBeTruthy();
    await user.click(within(betaMenu).getByRole("menuitem", { name: "Second" }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith("Beta: second");
    expect(screen.queryByRole("menu")).toBeNull();

    // Space and ArrowDown open too.
    for (const [name, key] of [["Gamma", "[Space]"], ["Delta", "{ArrowDown}"]] as const) {
      expect(isRadixTrigger(button(name))).toBe(false);
      button(name).focus();
      await user.keyboard(key);
      await expectOpenOnFirstItem();
      await user.keyboard("{Escape}");
      expect(document.activeElement).toBe(button(name));
    }

    // Only the primary button opens a menu (Radix's rule).
    await user.pointer({ keys: "[MouseRight]", target: button("Epsilon") });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(isRadixTrigger(button("Epsilon"))).toBe(false);
  });

  it("is Radix's from the start once Radix has loaded", async () => {
    const user = userEvent.setup();
    render(<TestMenu name="Zeta" />);
    expect(isRadixTrigger(button("Zeta"))).toBe(true);
    await user.click(button("Zeta"));
    expect(await screen.findByRole("menu")).toBeTruthy();
  });
});
