// The console's menus (account, organization, project, a row's "…"). Every
// page shows several menu buttons but most visits open none, so until a menu
// is first used its button is ours, and Radix's menu (radix-menu.tsx, about
// 28 kB gzip with its positioning engine) stays out of the first download.
// Pointing at or focusing a button fetches it; the press that opens the menu
// is then replayed on Radix's own trigger, so pointer and keyboard behave
// exactly as Radix makes them (Enter, Space and ArrowDown open; opening by
// keyboard focuses the first item; Escape returns focus to the button).
import {
  createContext,
  use,
  useRef,
  useState,
  type ComponentProps,
  type ComponentPropsWithoutRef,
  type ReactNode,
  type RefObject,
} from "react";
import { flushSync } from "react-dom";
import type * as RadixMenu from "./radix-menu.tsx";

type RadixMenuModule = typeof RadixMenu;

let radixMenu: RadixMenuModule | undefined;
let loading: Promise<RadixMenuModule> | undefined;

function loadRadixMenu(): Promise<RadixMenuModule> {
  loading ??= import("./radix-menu.tsx").then(
    (module) => (radixMenu = module),
    (error: unknown) => {
      loading = undefined; // a failed fetch is retried by the next press
      throw error;
    },
  );
  return loading;
}

function preloadRadixMenu(): void {
  loadRadixMenu().catch(() => {});
}

/** The keys with which Radix's trigger opens a menu. */
const OPENING_KEYS = new Set(["Enter", " ", "ArrowDown"]);

interface MenuState {
  /** Radix renders this menu: it was used, or Radix was already loaded when it mounted. */
  live: boolean;
  /** Loads Radix if need be, renders it, then dispatches the event `replay` makes on Radix's trigger. */
  openWith: (replay: () => Event, focusFirst: boolean) => void;
  triggerRef: RefObject<HTMLButtonElement | null>;
}

const MenuContext = createContext<MenuState | null>(null);

function useMenu(): MenuState {
  const menu = use(MenuContext);
  if (!menu) throw new Error("Menu parts belong inside a <Menu>.");
  return menu;
}

/** Radix's parts, for what renders only inside an open menu (and so after loading). */
function loaded(): RadixMenuModule {
  if (!radixMenu) throw new Error("A menu item rendered before its menu was opened.");
  return radixMenu;
}

export function Menu({ children }: { children: ReactNode }) {
  const [live, setLive] = useState(() => radixMenu !== undefined);
  const triggerRef = useRef<HTMLButtonElement>(null);

  function openWith(replay: () => Event, focusFirst: boolean) {
    const swapAndReplay = () => {
      // Synchronously, so Radix's trigger is in the page (and its listeners
      // are registered) before the replayed event, and a fast next keypress
      // already finds the open menu.
      flushSync(() => setLive(true));
      const trigger = triggerRef.current;
      if (!trigger) return; // unmounted while loading
      if (focusFirst) trigger.focus();
      trigger.dispatchEvent(replay());
    };
    if (radixMenu) swapAndReplay();
    else loadRadixMenu().then(swapAndReplay, () => {});
  }

  const Radix = live ? radixMenu : undefined;
  return (
    <MenuContext value={{ live, openWith, triggerRef }}>
      {Radix ? <Radix.MenuRoot>{children}</Radix.MenuRoot> : children}
    </MenuContext>
  );
}

/** The menu's button. Until first use it looks and reads exactly like Radix's closed trigger. */
export function MenuTrigger(props: ComponentPropsWithoutRef<"button">) {
  const menu = useMenu();
  const Radix = menu.live ? radixMenu : undefined;
  if (Radix) return <Radix.MenuTrigger ref={menu.triggerRef} {...props} />;
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      data-disabled={props.disabled ? "" : undefined}
      {...props}
      ref={menu.triggerRef}
      onPointerEnter={preloadRadixMenu}
      onFocus={preloadRadixMenu}
      onPointerDown={(event) => {
        // Radix opens on the primary button's press, not on click.
        if (event.button !== 0 || event.ctrlKey) return;
        // As Radix does: focus goes to the menu, not to this soon-replaced button.
        event.preventDefault();
        const { pointerType, pointerId, isPrimary, clientX, clientY } = event;
        menu.openWith(
          () => new PointerEvent("pointerdown", { bubbles: true, cancelable: true, button: 0, pointerType, pointerId, isPrimary, clientX, clientY }),
          false,
        );
      }}
      onKeyDown={(event) => {
        if (!OPENING_KEYS.has(event.key)) return;
        event.preventDefault(); // no click from Enter, no scroll from Space
        const { key, code } = event;
        menu.openWith(() => new KeyboardEvent("keydown", { bubbles: true, cancelable: true, key, code }), true);
      }}
    />
  );
}

export function MenuContent({ children, align }: { children: ReactNode; align?: "start" | "end" }) {
  const menu = useMenu();
  const Radix = menu.live ? radixMenu : undefined;
  // Closed menus render no content; an unused one has never been open.
  return Radix ? <Radix.MenuContent align={align}>{children}</Radix.MenuContent> : null;
}

export function MenuLabel(props: ComponentProps<RadixMenuModule["MenuLabel"]>) {
  const { MenuLabel: Label } = loaded();
  return <Label {...props} />;
}

export function MenuSeparator() {
  const { MenuSeparator: Separator } = loaded();
  return <Separator />;
}

export function MenuItem(props: ComponentProps<RadixMenuModule["MenuItem"]>) {
  const { MenuItem: Item } = loaded();
  return <Item {...props} />;
}

/** An item that is a real link (open in a new tab works); Enter follows it. */
export function MenuLinkItem(props: ComponentProps<RadixMenuModule["MenuLinkItem"]>) {
  const { MenuLinkItem: LinkItem } = loaded();
  return <LinkItem {...props} />;
}

export function MenuRadioGroup(props: ComponentProps<RadixMenuModule["MenuRadioGroup"]>) {
  const { MenuRadioGroup: RadioGroup } = loaded();
  return <RadioGroup {...props} />;
}

export function MenuRadioItem(props: ComponentProps<RadixMenuModule["MenuRadioItem"]>) {
  const { MenuRadioItem: RadioItem } = loaded();
  return <RadioItem {...props} />;
}
