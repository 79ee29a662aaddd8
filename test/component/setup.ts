// Component tests: jsdom, Testing Library cleanup, and the clipboard, pointer and
// dialog APIs jsdom lacks.
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => cleanup());

// jsdom has no clipboard; the Copy buttons write here and tests read it back.
let clipboardText = "";
Object.defineProperty(navigator, "clipboard", {
  configurable: true,
  value: {
    writeText: async (text: string) => {
      clipboardText = text;
    },
    readText: async () => clipboardText,
  },
});

// Radix measures elements and observes resizes.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
window.HTMLElement.prototype.scrollIntoView ??= function scrollIntoView() {};
window.HTMLElement.prototype.hasPointerCapture ??= () => false;
window.HTMLElement.prototype.releasePointerCapture ??= () => {};

// jsdom has no PointerEvent; the menus replay a pointer press on Radix's
// trigger (src/components/ui/menu.tsx) by constructing one.
class JsdomPointerEvent extends MouseEvent {
  readonly pointerId: number;
  readonly pointerType: string;
  readonly isPrimary: boolean;
  constructor(type: string, init: PointerEventInit = {}) {
    super(type, init);
    this.pointerId = init.pointerId ?? 0;
    this.pointerType = init.pointerType ?? "";
    this.isPrimary = init.isPrimary ?? false;
  }
}
globalThis.PointerEvent ??= JsdomPointerEvent as unknown as typeof PointerEvent;
